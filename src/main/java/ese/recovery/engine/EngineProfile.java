package ese.recovery.engine;

import java.util.Arrays;

/**
 * The engine versions the articles speak of. Exchange 5.5 (ESE97) names its logs {@code EDB} and
 * learns of a restore from the "Restore in Progress" registry key; Exchange 2000 (ESE98) names them
 * {@code E00} and uses {@code restore.env}; before Exchange 2000 SP2 an online backup also holds
 * database patch files, which hard recovery applies.
 */
public enum EngineProfile {
    EXCHANGE_5_5("Exchange Server 5.5", "EDB", "priv.edb", true, RestoreMarker.RESTORE_IN_PROGRESS_KEY, "ESE97"),
    EXCHANGE_2000("Exchange 2000 Server", "E00", "priv1.edb", true, RestoreMarker.RESTORE_ENV, "ESE98"),
    EXCHANGE_2000_SP2("Exchange 2000 Server SP2", "E00", "priv1.edb", false, RestoreMarker.RESTORE_ENV, "ESE98");

    /** How a restore tells the engine to run hard recovery. */
    public enum RestoreMarker { RESTORE_IN_PROGRESS_KEY, RESTORE_ENV }

    /** ESE's log size for these versions: 5 MiB. */
    public static final int DEFAULT_LOG_BYTES = 5 * 1024 * 1024;

    private final String productName;
    private final String logBase;
    private final String databaseName;
    private final boolean patchFiles;
    private final RestoreMarker restoreMarker;
    private final String eventSource;

    EngineProfile(String productName, String logBase, String databaseName, boolean patchFiles, RestoreMarker restoreMarker, String eventSource) {
        this.productName = productName;
        this.logBase = logBase;
        this.databaseName = databaseName;
        this.patchFiles = patchFiles;
        this.restoreMarker = restoreMarker;
        this.eventSource = eventSource;
    }

    public String productName() {
        return productName;
    }

    public String logBase() {
        return logBase;
    }

    public String databaseName() {
        return databaseName;
    }

    /** Online backups hold database patch files (.pat): Exchange 5.5 and Exchange 2000 before SP2. */
    public boolean patchFiles() {
        return patchFiles;
    }

    public RestoreMarker restoreMarker() {
        return restoreMarker;
    }

    /**
     * The error recovery reports when logs the database header requires are missing. ESE98 has
     * JET_errRequiredLogFilesMissing (-543); ESE97's error list has no -537 to -549 (KB Q177761), so
     * on Exchange 5.5 the model reports JET_errMissingLogFile (-528); see docs/decisions/.
     */
    public ese.recovery.jet.JetError requiredLogsMissing() {
        return this == EXCHANGE_5_5 ? ese.recovery.jet.JetError.JET_errMissingLogFile : ese.recovery.jet.JetError.JET_errRequiredLogFilesMissing;
    }

    /**
     * The event ID for "the database engine is rejecting update operations due to low free disk space on
     * the log disk": 49 in KB Q163913 (Exchange 4.0 to 5.5), 428 LOW_LOG_DISK_SPACE in ESE's jetmsg.mc.
     */
    public int lowLogDiskSpaceEvent() {
        return this == EXCHANGE_5_5 ? 49 : EngineEvent.LOW_LOG_DISK_SPACE;
    }

    /**
     * Whether the engine warns as the log generations near their ceiling (event 514,
     * ALMOST_OUT_OF_LOG_SEQUENCE_ID): Exchange 2000 and 2003 (KB 896001); no source gives it for 5.5.
     */
    public boolean warnsNearGenerationCeiling() {
        return this != EXCHANGE_5_5;
    }

    /**
     * The error soft recovery ends with when it leaves the log stream at or past its last generation: ESE's
     * JET_errLogSequenceEndDatabasesConsistent (-548) on Exchange 2000/2003 (KB 830408 shows it as
     * 0xfffffddc); ESE97's error list (KB Q177761) has no -548, so -519 on Exchange 5.5 (docs/decisions/).
     */
    public ese.recovery.jet.JetError logSequenceEndAfterRecovery() {
        return this == EXCHANGE_5_5 ? ese.recovery.jet.JetError.JET_errLogSequenceEnd : ese.recovery.jet.JetError.JET_errLogSequenceEndDatabasesConsistent;
    }

    /** The event log source of the engine's own events (ESE97, ESE98). */
    public String eventSource() {
        return eventSource;
    }

    /** Finds a profile by its product name as the features write it, e.g. "Exchange 2000 Server SP2". */
    public static EngineProfile named(String name) {
        return Arrays.stream(values())
                .filter(p -> p.productName.equalsIgnoreCase(name.trim()) || p.name().equalsIgnoreCase(name.trim().replace(' ', '_').replace('.', '_')))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown engine profile '" + name + "'; known: "
                        + Arrays.stream(values()).map(p -> p.productName).toList()));
    }

    @Override
    public String toString() {
        return productName;
    }
}
