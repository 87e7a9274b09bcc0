package ese.recovery.explore;

/** An invariant broken in an explored state; the message starts with the case to replay. */
public final class InvariantViolation extends AssertionError {
    private final Case failing;

    InvariantViolation(Case failing, String message, Throwable cause) {
        super("replay with: -Dexplore.case=\"" + failing + "\"  (CrashExplorerTest#replay)\n" + message, cause);
        this.failing = failing;
    }

    public Case failing() {
        return failing;
    }
}
