package ese.recovery.jet;

import java.util.Arrays;
import java.util.Optional;

/**
 * The JET errors the model can meet, with ESE's own names and numbers
 * (published/inc/jethdr.w in microsoft/Extensible-Storage-Engine).
 */
public enum JetError {
    JET_errLogFileCorrupt(-501, "log file is corrupt"),
    JET_errBackupDirectoryNotEmpty(-504, "the backup directory is not empty"),
    JET_errMissingPreviousLogFile(-509, "missing the log file for the checkpoint"),
    JET_errLogGenerationMismatch(-513, "the generation in the log file name does not match its header"),
    JET_errBadLogVersion(-514, "version of log file is not compatible with the engine version"),
    JET_errInvalidLogSequence(-515, "timestamp in next log does not match expected"),
    JET_errLogBufferTooSmall(-517, "log record too big for the log buffer"),
    JET_errLogSequenceEnd(-519, "maximum log file number exceeded"),
    JET_errInvalidBackup(-526, "cannot perform incremental backup when circular logging enabled"),
    JET_errMissingLogFile(-528, "current log file missing"),
    JET_errLogDiskFull(-529, "log disk full"),
    JET_errBadLogSignature(-530, "bad signature for a log file"),
    JET_errBadDbSignature(-531, "bad signature for a database file"),
    JET_errBadCheckpointSignature(-532, "bad signature for a checkpoint file"),
    JET_errCheckpointCorrupt(-533, "checkpoint file not found or corrupt"),
    JET_errPatchFileMissing(-538, "hard restore detected that a patch file is missing from the backup set"),
    JET_errDatabaseLogSetMismatch(-539, "database does not belong with the current set of log files"),
    JET_errLogFileSizeMismatch(-541, "actual log file size does not match the configured size"),
    JET_errCheckpointFileNotFound(-542, "could not locate checkpoint file"),
    JET_errRequiredLogFilesMissing(-543, "the required log files for recovery are missing"),
    JET_errSoftRecoveryOnBackupDatabase(-544, "soft recovery is intended on a backup database; restore should be used instead"),
    JET_errLogSequenceEndDatabasesConsistent(-548, "databases have been recovered, but all possible log generations in the current sequence are used"),
    JET_errDatabaseDirtyShutdown(-550, "database was not shutdown cleanly; recovery must first be run"),
    JET_errConsistentTimeMismatch(-551, "database last consistent time unmatched"),
    JET_errDatabasePatchFileMismatch(-552, "patch file is not generated from this backup"),
    JET_errGivenLogFileHasBadSignature(-555, "restore log file has bad signature"),
    JET_errGivenLogFileIsNotContiguous(-556, "restore log files are not contiguous"),
    JET_errMissingRestoreLogFiles(-557, "some restore log files are missing"),
    JET_errMissingFullBackup(-560, "the database missed a previous full backup before incremental backup"),
    JET_errMissingCurrentLogFiles(-565, "some current log files are missing for continuous restore"),
    JET_errDbTimeTooOld(-566, "dbtime on page smaller than dbtimeBefore in record"),
    JET_errDbTimeTooNew(-567, "dbtime on page in advance of the dbtimeBefore in record"),
    JET_errMissingFileToBackup(-569, "some log or patch files are missing during backup"),
    JET_errLogCorruptDuringHardRestore(-573, "corruption detected in a backup set log during hard restore"),
    JET_errLogCorruptDuringHardRecovery(-574, "corruption detected in a log during hard recovery"),
    JET_errExistingLogFileHasBadSignature(-610, "existing log file has bad signature"),
    JET_errExistingLogFileIsNotContiguous(-611, "existing log file is not contiguous"),
    JET_errReadVerifyFailure(-1018, "checksum error on a database page"),
    JET_errDiskIO(-1022, "disk IO error"),
    JET_errInvalidPath(-1023, "invalid file path"),
    JET_errNotInitialized(-1029, "database engine not initialized"),
    JET_errFileAccessDenied(-1032, "cannot access file, the file is locked or in use"),
    JET_errDatabaseNotFound(-1203, "no such database"),
    JET_errDatabaseCorrupted(-1206, "non database file or corrupted db"),
    JET_errWriteConflict(-1102, "write lock failed due to outstanding write lock"),
    JET_errAttachedDatabaseMismatch(-1216, "an outstanding database attachment has been detected at the start or end of recovery, but the database is missing or does not match attachment info"),
    JET_errDiskFull(-1808, "no space left on disk"),
    JET_errFileNotFound(-1811, "file not found"),
    JET_errFileInvalidType(-1812, "invalid file type");

    private final int number;
    private final String description;

    JetError(int number, String description) {
        this.number = number;
        this.description = description;
    }

    /** The signed error number, e.g. -528. */
    public int number() {
        return number;
    }

    public String description() {
        return description;
    }

    /** The error as Exchange 2000/2003 events show it: the 32-bit value in hex, e.g. 0xfffffdf0 for -528. */
    public String hex() {
        return String.format("0x%08x", number);
    }

    /** The error as an unsigned 32-bit decimal, e.g. 4294966768 for -528. */
    public long unsigned() {
        return Integer.toUnsignedLong(number);
    }

    /** "-528 JET_errMissingLogFile", the form the articles use. */
    @Override
    public String toString() {
        return number + " " + name();
    }

    public static Optional<JetError> byNumber(int number) {
        return Arrays.stream(values()).filter(e -> e.number == number).findFirst();
    }

    public static Optional<JetError> byName(String name) {
        return Arrays.stream(values()).filter(e -> e.name().equals(name)).findFirst();
    }
}
