package ese.recovery.engine;

import ese.recovery.jet.JetError;

import java.util.Optional;

/**
 * An event the engine reports, as it would appear in the Application event log: source (ESE97,
 * ESE98), event ID, type, and a text of the model's own wording carrying the JET error when one is met.
 * The IDs are ESE's (jetmsg.mc); see docs/events.md for which are confirmed for which version.
 */
public record EngineEvent(String source, int id, Type type, String text, Optional<JetError> error) {
    public enum Type { INFORMATION, WARNING, ERROR }

    /** Recovery starting. */
    public static final int START_REDO = 300;
    /** A log file replayed. */
    public static final int STATUS_REDO = 301;
    /** Recovery finished. */
    public static final int STOP_REDO = 302;
    /** The log disk is low on space: updates are rejected (ESE98 and later; Exchange 5.5: see {@link EngineProfile#lowLogDiskSpaceEvent()}). */
    public static final int LOW_LOG_DISK_SPACE = 428;
    /** The log disk is full and no reserve log is left. */
    public static final int LOG_DISK_FULL = 429;
    /** The database needs logs below the lowest present. */
    public static final int REDO_MISSING_LOW_LOG = 452;
    /** The database needs logs above the highest present. */
    public static final int REDO_MISSING_HIGH_LOG = 453;
    /** Recovery or restore failed with an error. */
    public static final int RESTORE_DATABASE_FAIL = 454;
    /** A log file could not be opened. */
    public static final int LOG_OPEN_FILE_ERROR = 455;
    /** A torn write at the end of the current log was found and recovery went on. */
    public static final int LOG_TORN_WRITE_DURING_SOFT_RECOVERY = 462;
    /** Corruption found in a log during hard recovery, after the backup set. */
    public static final int LOG_CORRUPTION_DURING_HARD_RECOVERY = 464;
    /** Corruption found in a log during soft recovery. */
    public static final int LOG_CORRUPTION_DURING_SOFT_RECOVERY = 465;
    /** The database needs a log created at one time, the log found was created at another. */
    public static final int REDO_HIGH_LOG_MISMATCH = 496;
    /** At the end of recovery the logs still reference a database that is missing or is not the one they attached. */
    public static final int ATTACHED_DB_MISMATCH_END_OF_RECOVERY = 494;
    /** The database is not in the state the logs expect where they first reference it. */
    public static final int ATTACHED_DB_MISMATCH_DURING_RECOVERY = 495;
    /** Log generations are nearly used up. */
    public static final int ALMOST_OUT_OF_LOG_SEQUENCE = 514;
    /** The database does not match the logs' last consistent time. */
    public static final int CONSISTENT_TIME_MISMATCH = 517;

    public static EngineEvent info(String source, int id, String text) {
        return new EngineEvent(source, id, Type.INFORMATION, text, Optional.empty());
    }

    public static EngineEvent error(String source, int id, String text, JetError error) {
        return new EngineEvent(source, id, Type.ERROR, text + " (error " + error.number() + ")", Optional.of(error));
    }

    @Override
    public String toString() {
        return source + " " + id + " " + type + ": " + text;
    }
}
