package ese.recovery.explore;

/**
 * What an operator (or the store) can do between two crashes: the explorer's alphabet. Actions that
 * need a mounted store do nothing without one; actions on files stop the store first, the way an
 * operator does (an offline backup and a restore after a clean stop, renaming and removing files after
 * the store has died).
 */
public enum Action {
    /** Commit a transaction, and leave another one open with its records in the log. */
    COMMIT,
    /** Close the current log and start the next generation. */
    ROLL,
    /** Advance the checkpoint: dirty pages to the database, checkpoint to the oldest open transaction. */
    CHECKPOINT,
    /** A full online backup into a new, empty folder (logs below the checkpoint are truncated). */
    ONLINE_BACKUP,
    /** Stop the store cleanly and copy the database. */
    OFFLINE_BACKUP,
    /** Stop the store cleanly and restore the latest backup (hard recovery is pending after an online one). */
    RESTORE,
    /** The article's manipulation: remove E00.log and rename the highest numbered log to E00.log. */
    RENAME_LOG,
    /** Remove the lowest numbered log. */
    REMOVE_LOG,
    /** Remove the checkpoint file. */
    REMOVE_CHECKPOINT,
    /** Bring the store online: hard recovery if a restore is pending, soft recovery, attach. */
    MOUNT,
    /** Hard recovery of a pending restore (eseutil /cc), without mounting. */
    HARD_RECOVERY;

    /** Whether the action can leave the database without transactions that had been durably committed, by design. */
    boolean discardsCommittedWork() {
        return this == RENAME_LOG;
    }
}
