package ese.recovery.advice;

/**
 * The situations the {@link SituationAdvisor} recognises in a folder, each with the words a finding is known by.
 * {@link #blocking()} situations stop recovery until the operator acts; the others are worth knowing.
 */
public enum Situation {
    RESTORE_PENDING("a restore waiting for hard recovery", false),
    RESTORE_FAILED("a hard recovery that failed", true),
    BACKUP_DATABASE_WITHOUT_HARD_RECOVERY("a database restored from an online backup without hard recovery", true),
    DATABASE_MISSING("the database the logs attached is missing", true),
    DATABASE_OF_ANOTHER_LOG_STREAM("a database that is not the one the logs attached", true),
    NO_LOGS_DIRTY_DATABASE("no logs for a database that was not shut down cleanly", true),
    NO_LOGS_CLEAN_DATABASE("no logs for a database that was shut down cleanly", false),
    LOG_OF_ANOTHER_LOG_STREAM("a log of another log stream", true),
    LOG_OUT_OF_SEQUENCE("a log that does not follow the one before it", true),
    LOG_MISSING_IN_SEQUENCE("a log missing in the sequence", true),
    DAMAGED_LOG_NEEDED_BY_THE_DATABASE("a damaged log the database needs", true),
    OFFLINE_BACKUP_WITH_DAMAGED_CURRENT_LOG("a restored offline backup whose current log is damaged or missing", true),
    CURRENT_LOG_MISSING("the current log missing", true),
    REQUIRED_LOGS_MISSING("logs the database requires are not there", true),
    TEMPORARY_LOG_AS_CURRENT_LOG("the temporary log standing for the current log", false),
    CHECKPOINT_MISSING("no usable checkpoint", false),
    CHECKPOINT_OF_ANOTHER_LOG_STREAM("a checkpoint of another log stream", false),
    LOG_DISK_FULL("a log disk that filled up", false),
    CIRCULAR_LOGGING("circular logging", false),
    GENERATION_CEILING_NEAR("log generations nearly used up", false),
    GENERATION_CEILING_REACHED("log generations used up", true),
    SOFT_RECOVERY_WILL_RUN("a database soft recovery will bring back", false),
    NOTHING_TO_RECOVER("nothing to recover", false);

    private final String words;
    private final boolean blocking;

    Situation(String words, boolean blocking) {
        this.words = words;
        this.blocking = blocking;
    }

    /** How the situation is known, e.g. "a damaged log the database needs". */
    public String words() {
        return words;
    }

    /** Whether recovery fails (or must not be tried) until the operator acts. */
    public boolean blocking() {
        return blocking;
    }

    /** The situation known by these words. */
    public static Situation known(String words) {
        for (Situation s : values()) {
            if (s.words.equalsIgnoreCase(words.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("no situation is known as '" + words + "'");
    }

    @Override
    public String toString() {
        return words;
    }
}
