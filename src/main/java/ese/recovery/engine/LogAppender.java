package ese.recovery.engine;

import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import ese.recovery.jet.Lgpos;
import ese.recovery.jet.LogTime;
import ese.recovery.jet.Signature;
import ese.recovery.log.LogFileHeader;
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
    /** Exchange 2000/2003 stop creating generations here (the legacy ceiling): JET_errLogSequenceEnd (-519). */
    static final int GENERATION_CEILING = 0xFFFEF;

    private final EngineConfig config;
    private final Signature logSignature;
    private final Supplier<Lgpos> checkpoint;
    private final Supplier<List<LogFileHeader.AttachInfo>> attachments;
    private final Consumer<LogFileHeader> rolled;
    private LogWriter current;

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
        LogFileHeader header = new LogFileHeader(1, logSignature, created, LogTime.NONE, LogFileHeader.SECTOR_SIZE,
                LogFileHeader.SIZE / LogFileHeader.SECTOR_SIZE, config.logFileSectors(), new Lgpos(1, LogFileHeader.SIZE / LogFileHeader.SECTOR_SIZE, 0),
                0, config.names().base(), List.of());
        return LogWriter.create(config.disk(), config.currentLog(), header);
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

    /** Closes the current generation and starts the next one. */
    void roll() {
        int next = current.header().generation() + 1;
        if (next > GENERATION_CEILING) {
            throw new JetException(JetError.JET_errLogSequenceEnd, current.file(),
                    "the log generation would pass 0x" + Integer.toHexString(GENERATION_CEILING).toUpperCase());
        }
        LogFileHeader header = new LogFileHeader(next, logSignature, LogTime.of(config.clock().now()), current.header().created(),
                LogFileHeader.SECTOR_SIZE, LogFileHeader.SIZE / LogFileHeader.SECTOR_SIZE, config.logFileSectors(), checkpoint.get(),
                0, config.names().base(), attachments.get());
        Path temporary = config.temporaryLog();
        if (config.disk().exists(temporary)) {
            config.disk().delete(temporary);
        }
        LogWriter next0 = LogWriter.create(config.disk(), temporary, header);
        Path numbered = config.numberedLog(current.header().generation());
        if (!current.file().equals(numbered)) {
            config.disk().rename(current.file(), numbered);
            current.renamedTo(numbered);
        }
        config.disk().rename(temporary, config.currentLog());
        next0.renamedTo(config.currentLog());
        current = next0;
        rolled.accept(header);
    }
}
