package ese.recovery.engine;

import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;

import java.nio.file.Path;

/**
 * The reserve logs {@code res1.log} and {@code res2.log} that Exchange 5.5 to 2003 keep beside the logs,
 * each the size of a log: when the disk has no room for the next log, the engine writes its last records
 * (rollback and clean shutdown) in them (KB Q163913; ESE's LOG_STREAM::ErrLGIUseReserveLogFile, whose
 * legacy names are in ErrLGDeleteLegacyReserveLogFiles). Created when the instance starts.
 */
public final class ReserveLogs {
    /** How many reserve logs the engine keeps. */
    public static final int COUNT = 2;

    private ReserveLogs() {
    }

    /** {@code res1.log} or {@code res2.log} in the log folder. */
    public static Path path(EngineConfig config, int number) {
        if (number < 1 || number > COUNT) {
            throw new IllegalArgumentException("reserve logs are res1.log and res2.log: " + number);
        }
        return config.logFolder().resolve("res" + number + ".log");
    }

    /**
     * Creates the reserve logs that are missing; on a full disk leaves them missing, as ESE does, and
     * returns false: the engine then rejects updates until there is room (LOG_STREAM::ErrLGCheckState).
     */
    static boolean ensure(EngineConfig config) {
        for (int i = 1; i <= COUNT; i++) {
            Path p = path(config, i);
            if (config.disk().exists(p)) {
                continue;
            }
            try {
                config.disk().create(p, new byte[config.logFileBytes()]);
                config.disk().flush(p);
            } catch (JetException e) {
                if (e.error() != JetError.JET_errDiskFull) {
                    throw e;
                }
                return false;
            }
        }
        return true;
    }
}
