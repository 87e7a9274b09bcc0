package ese.recovery.explore;

/** The kinds of damage done to one file before recovery. */
public enum DamageKind {
    /** A bit flip in a log file's header. */
    LOG_HEADER,
    /** A bit flip in a log file's first block of records. */
    LOG_BLOCK,
    /** A bit flip in the primary copy of the checkpoint. */
    CHECKPOINT,
    /** A bit flip in the primary copy of the database header. */
    DATABASE_HEADER,
    /** The file cut to half its length. */
    TRUNCATION,
    /** The file removed. */
    MISSING,
    /** A log replaced by the log of the same generation from another log stream. */
    FOREIGN_LOG;

    /** Damage to the primary copy of a header ESE keeps twice (checkpoint, database header): the shadow copy stands in. */
    boolean oneOfTwoCopies() {
        return this == CHECKPOINT || this == DATABASE_HEADER;
    }

    /** Whether recovery may succeed without some durably committed work after this damage. */
    boolean mayLoseCommittedWork() {
        return this == LOG_BLOCK || this == TRUNCATION || this == MISSING || this == FOREIGN_LOG || this == LOG_HEADER;
    }
}
