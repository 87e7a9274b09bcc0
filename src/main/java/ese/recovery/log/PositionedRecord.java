package ese.recovery.log;

import ese.recovery.jet.Lgpos;

/** A log record and the log position it was read from. */
public record PositionedRecord(Lgpos lgpos, LogRecord record) {
}
