package ese.recovery.log;

/**
 * Where and why a log's records stop being readable. {@code tailOnly} is true when nothing but zeros
 * follows the damaged block: the signature of a write torn by a crash at the end of the current log,
 * as opposed to corruption inside a log.
 */
public record LogDamage(int generation, int sector, String reason, boolean tailOnly) {
    @Override
    public String toString() {
        return String.format("(0x%X,%d,0): %s", generation, sector, reason);
    }
}
