package ese.recovery.engine;

import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import ese.recovery.jet.Lgpos;
import ese.recovery.jet.LogTime;
import ese.recovery.jet.Signature;
import ese.recovery.log.LogFileHeader;
import ese.recovery.log.LogFolder;
import ese.recovery.log.LogNames;
import ese.recovery.log.LogRecord;
import ese.recovery.log.LogWriter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Writes records to the current log ({@code E00.log}) and rolls to the next generation when a block
 * no longer fits, the way ESE does: prepare {@code E00tmp.log}, rename {@code E00.log} to its numbered
 * name, rename {@code E00tmp.log} to {@code E00.log}. Each step is a persistence point.
 */
final class LogAppender {
    /**
     * ESE's legacy lGenerationMax (daeconst.hxx): when the log being closed is at or past this generation,
     * one more generation is created so the store can still shut down cleanly, and every update is
     * refused with JET_errLogSequenceEnd (-519).
     */
    static final int GENERATION_MAX = 0xFFFEF;
    /** ESE's legacy lGenerationMaxDuringRecovery: no generation is ever created past it. */
    static final int GENERATION_MAX_DURING_RECOVERY = 0xFFFFF;
    /** Past this generation ESE warns (event 514) every {@link #WARNING_FREQUENCY} generations. */
    static final int GENERATION_WARNING_THRESHOLD = 0xE0000;
    static final int WARNING_FREQUENCY = 1000;
    /** Past this generation ESE warns every {@link #PANIC_FREQUENCY} generations. */
    static final int GENERATION_PANIC_THRESHOLD = 0xFF000;
    static final int PANIC_FREQUENCY = 10;

    /** Why updates are refused: nothing, the log disk is full (-529), or the generations are used up (-519). */
    enum State { NORMAL, LOG_DISK_FULL, LOG_SEQUENCE_END }

    private final EngineConfig config;
    private final Signature logSignature;
    private final Supplier<Lgpos> checkpoint;
    private final Supplier<List<LogFileHeader.AttachInfo>> attachments;
    private final Consumer<LogFileHeader> rolled;
    private LogWriter current;
    private Consumer<EngineEvent> events = e -> {
    };
    private boolean logDiskFull;
    private boolean logSequenceEnd;

    LogAppender(EngineConfig config, LogWriter current, Supplier<Lgpos> checkpoint,
                Supplier<List<LogFileHeader.AttachInfo>> attachments, Consumer<LogFileHeader> rolled) {
        this.config = config;
        this.current = current;
        this.logSignature = current.header().logSignature();
        this.checkpoint = checkpoint;
        this.attachments = attachments;
        this.rolled = rolled;
    }

    /** Creates generation 1 of a new log stream as the current log. */
    static LogWriter createFirst(EngineConfig config, Signature logSignature, LogTime created) {
        return createFirst(config, logSignature, created, 1);
    }

    /** Creates the first generation of a new log stream as the current log (see {@link Store#create(EngineConfig, int)}). */
    static LogWriter createFirst(EngineConfig config, Signature logSignature, LogTime created, int generation) {
        LogFileHeader header = new LogFileHeader(generation, logSignature, created, LogTime.NONE, LogFileHeader.SECTOR_SIZE,
                LogFileHeader.SIZE / LogFileHeader.SECTOR_SIZE, config.logFileSectors(),
                new Lgpos(generation, LogFileHeader.SIZE / LogFileHeader.SECTOR_SIZE, 0),
                flags(config, false), config.names().base(), List.of());
        return LogWriter.create(config.disk(), config.currentLog(), header);
    }

    private static int flags(EngineConfig config, boolean reserveLog) {
        return (config.circularLogging() ? LogFileHeader.FLAG_CIRCULAR_LOGGING : 0) | (reserveLog ? LogFileHeader.FLAG_RESERVED_LOG : 0);
    }

    /** Where the engine's events go (the store's event log). */
    void reportEventsTo(Consumer<EngineEvent> sink) {
        this.events = sink;
    }

    /** Why updates are refused now, if they are (ESE's LOG_STREAM::ErrLGCheckState). */
    State state() {
        if (logDiskFull) {
            return State.LOG_DISK_FULL;
        }
        return logSequenceEnd ? State.LOG_SEQUENCE_END : State.NORMAL;
    }

    /** The instance starts without its reserve logs and no room to make them: updates are refused (-529). */
    void logDiskFull() {
        logDiskFull = true;
    }

    /** Refuses an update when the log disk is full (-529) or the log generations are used up (-519). */
    void checkState() {
        if (logDiskFull) {
            throw new JetException(JetError.JET_errLogDiskFull, current.file(),
                    "the log disk is full: the engine is rejecting update operations");
        }
        if (logSequenceEnd) {
            throw new JetException(JetError.JET_errLogSequenceEnd, current.file(), "log generation "
                    + LogNames.describe(current.header().generation()) + " is the last this log stream may use");
        }
    }

    LogWriter current() {
        return current;
    }

    int generation() {
        return current.header().generation();
    }

    /** Appends the records in as few blocks as fit, rolling to new generations as logs fill; returns each record's position. */
    List<Lgpos> append(List<LogRecord> records) {
        List<Lgpos> positions = new ArrayList<>();
        int capacity = LogWriter.capacity(config.logFileSectors());
        List<LogRecord> block = new ArrayList<>();
        int blockBytes = 0;
        for (LogRecord r : records) {
            int size = r.encodedSize();
            if (size > capacity) {
                throw new JetException(JetError.JET_errLogBufferTooSmall, current.file(),
                        "a " + size + "-byte log record does not fit in a " + config.logFileBytes() + "-byte log");
            }
            if (blockBytes + size > current.freeBytes()) {
                if (!block.isEmpty()) {
                    positions.addAll(current.append(block));
                    block.clear();
                    blockBytes = 0;
                }
                if (size > current.freeBytes()) {
                    roll();
                }
            }
            block.add(r);
            blockBytes += size;
        }
        if (!block.isEmpty()) {
            positions.addAll(current.append(block));
        }
        return positions;
    }

    /**
     * Closes the current generation and starts the next one. As in ESE's LOG_STREAM::ErrLGINewLogFile:
     * the generation ceiling is checked on the log being closed (event 514 as it nears, log-sequence-end
     * mode at {@link #GENERATION_MAX}); with circular logging the closed logs below the checkpoint go;
     * when the disk has no room for the new log, a reserve log becomes it (event 428) and updates stop.
     */
    void roll() {
        int closing = current.header().generation();
        if (closing >= GENERATION_MAX_DURING_RECOVERY) {
            throw new JetException(JetError.JET_errLogSequenceEnd, current.file(),
                    "no log generation may follow " + LogNames.describe(closing));
        }
        checkGenerationCeiling(closing);
        int next = closing + 1;
        if (config.circularLogging()) {
            deleteLogsBelowCheckpoint();
        }
        Path temporary = config.temporaryLog();
        if (config.disk().exists(temporary)) {
            config.disk().delete(temporary);
        }
        LogWriter next0;
        try {
            next0 = LogWriter.create(config.disk(), temporary, header(next, false));
        } catch (JetException e) {
            if (e.error() != JetError.JET_errDiskFull) {
                throw e;
            }
            next0 = useReserveLog(next, temporary);
        }
        Path numbered = config.numberedLog(current.header().generation());
        if (!current.file().equals(numbered)) {
            config.disk().rename(current.file(), numbered);
            current.renamedTo(numbered);
        }
        config.disk().rename(temporary, config.currentLog());
        next0.renamedTo(config.currentLog());
        current = next0;
        rolled.accept(next0.header());
    }

    private LogFileHeader header(int generation, boolean reserveLog) {
        return new LogFileHeader(generation, logSignature, LogTime.of(config.clock().now()), current.header().created(),
                LogFileHeader.SECTOR_SIZE, LogFileHeader.SIZE / LogFileHeader.SECTOR_SIZE, config.logFileSectors(), checkpoint.get(),
                flags(config, reserveLog), config.names().base(), attachments.get());
    }

    private void checkGenerationCeiling(int closing) {
        String source = config.profile().eventSource();
        if (closing >= GENERATION_MAX) {
            logSequenceEnd = true;
        } else if (closing > GENERATION_WARNING_THRESHOLD && config.profile().warnsNearGenerationCeiling()) {
            int frequency = closing > GENERATION_PANIC_THRESHOLD ? PANIC_FREQUENCY : WARNING_FREQUENCY;
            if (closing % frequency == 0) {
                events.accept(new EngineEvent(source, EngineEvent.ALMOST_OUT_OF_LOG_SEQUENCE, EngineEvent.Type.WARNING, String.format(
                        "Log sequence numbers are almost used up: the current generation is %s, the last is %s, %d generations are left."
                                + " To start again at generation 1, stop cleanly and delete all the log files.",
                        LogNames.describe(closing), LogNames.describe(GENERATION_MAX), GENERATION_MAX - closing), java.util.Optional.empty()));
            }
        }
    }

    /** Circular logging: the closed logs below the checkpoint are no longer needed by soft recovery. */
    private void deleteLogsBelowCheckpoint() {
        int below = checkpoint.get().generation();
        LogFolder folder = LogFolder.read(config.disk(), config.logFolder(), config.names());
        for (var e : folder.numbered().entrySet()) {
            if (e.getKey() < below) {
                config.disk().delete(e.getValue());
            }
        }
    }

    /**
     * The disk has no room for the next log: the last reserve log still there becomes {@code E00tmp.log}
     * and is formatted as the next generation, flagged as a reserve log; updates stop (-529) so the
     * store can only roll back and shut down. With no reserve log left it is JET_errLogDiskFull.
     */
    private LogWriter useReserveLog(int generation, Path temporary) {
        String source = config.profile().eventSource();
        logDiskFull = true;
        for (int i = ReserveLogs.COUNT; i >= 1; i--) {
            Path reserve = ReserveLogs.path(config, i);
            if (config.disk().exists(reserve) && config.disk().size(reserve) == config.logFileBytes()) {
                config.disk().rename(reserve, temporary);
                events.accept(new EngineEvent(source, config.profile().lowLogDiskSpaceEvent(), EngineEvent.Type.ERROR,
                        "The database engine is rejecting update operations due to low free disk space on the log disk ("
                                + reserve.getFileName() + " used as generation " + LogNames.describe(generation) + ").",
                        java.util.Optional.of(JetError.JET_errLogDiskFull)));
                return LogWriter.format(config.disk(), temporary, header(generation, true));
            }
        }
        events.accept(EngineEvent.error(source, EngineEvent.LOG_DISK_FULL,
                "The log disk is full and no reserve log is left. Do not move " + config.currentLog().getFileName() + ".",
                JetError.JET_errLogDiskFull));
        throw new JetException(JetError.JET_errLogDiskFull, temporary, "the log disk is full and the reserve logs are used up");
    }
}
