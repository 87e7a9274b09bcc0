package ese.recovery.dump;

import ese.recovery.checkpoint.Checkpoint;
import ese.recovery.checkpoint.CheckpointFile;
import ese.recovery.database.DatabaseFile;
import ese.recovery.database.DatabaseHeader;
import ese.recovery.io.Disk;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import ese.recovery.log.LogFile;
import ese.recovery.log.LogFileHeader;
import ese.recovery.log.LogNames;
import ese.recovery.log.LogSequence;

import java.nio.file.Path;

/**
 * Views of the files shaped like eseutil's FILE DUMP mode: the database header (/mh), a log's header
 * and integrity (/ml) and the checkpoint (/mk). Generations are shown in decimal and hex, as eseutil
 * shows them. Dumping only reads.
 */
public final class FileDump {
    private FileDump() {
    }

    /** eseutil /mh. */
    public static String databaseHeader(Disk disk, Path database) {
        return databaseHeader(database, DatabaseFile.readHeaderCopies(disk, database));
    }

    /** eseutil /mh on a header already read. */
    public static String databaseHeader(Path database, DatabaseFile.HeaderRead read) {
        DatabaseHeader h = read.header();
        StringBuilder out = new StringBuilder();
        out.append("Database: ").append(database.getFileName()).append('\n');
        if (read.usedShadow()) {
            out.append("        (the primary header copy is damaged; the shadow copy was read)\n");
        }
        line(out, "DB Signature", h.databaseSignature().toString());
        line(out, "dbtime", Long.toString(h.dbtime()));
        line(out, "State", h.state().shown());
        line(out, "Log Required", h.logRequired());
        line(out, "Log Required High Created", h.logRequiredHighCreated().toString());
        line(out, "Log Signature", h.logSignature().toString());
        line(out, "Last Consistent", h.consistentPosition() + "  " + h.consistentTime());
        line(out, "Last Attach", h.attachPosition() + "  " + h.attachTime());
        line(out, "Previous Full Backup", h.lastFullBackup().toString());
        line(out, "Current Full Backup", h.currentFullBackup().toString());
        return out.toString();
    }

    /**
     * eseutil /ml on one log: its header, then the integrity check of its records. A log that is not there is
     * "ERROR: File not found.", -1811 JET_errFileNotFound (logdump.cxx l.947-951, LOG::ErrLGDumpLog), not the
     * -528 JET_errMissingLogFile recovery reports for a log of the sequence it needs.
     */
    public static String log(Disk disk, Path log) {
        if (!disk.exists(log)) {
            throw new JetException(JetError.JET_errFileNotFound, log, "File not found.");
        }
        return log(log, LogFile.scan(disk, log));
    }

    /** eseutil /ml on one log already read. */
    public static String log(Path log, LogFile.Scan scan) {
        LogFileHeader h = scan.header();
        StringBuilder out = new StringBuilder();
        out.append("Signature Log file: ").append(log.getFileName()).append('\n');
        line(out, "lGeneration", LogNames.describe(h.generation()));
        line(out, "Checkpoint", h.checkpointAtCreation().toString());
        line(out, "creation time", h.created().toString());
        line(out, "prev gen time", h.previousGenerationCreated().toString());
        line(out, "Format LGVersion", LogFileHeader.FORMAT_MAJOR + "." + LogFileHeader.FORMAT_MINOR);
        line(out, "Signature", h.logSignature().toString());
        line(out, "Log sectors", h.fileSectors() + " of " + h.sectorSize() + " bytes");
        for (LogFileHeader.AttachInfo a : h.attachments()) {
            line(out, "Attached", a.database() + " (consistent at " + a.consistentAt() + ")");
        }
        line(out, "Records", Integer.toString(scan.records().size()));
        line(out, "Last Lgpos", scan.end().toString());
        if (scan.damage().isPresent()) {
            out.append("ERROR: Log damaged (unusable). Damage at ").append(scan.damage().get()).append(". Error ")
                    .append(JetError.JET_errLogFileCorrupt.number()).append(".\n");
        } else {
            out.append("Integrity check passed for log file: ").append(log.getFileName()).append('\n');
        }
        return out.toString();
    }

    /**
     * eseutil /ml on a base name, in full: every log of the stream as {@link #log(Path, LogFile.Scan)} dumps it
     * (or why its header could not be read), then {@link #logSequence}.
     */
    public static String logStream(LogSequence.Verification v) {
        StringBuilder text = new StringBuilder();
        for (LogSequence.LogCheck c : v.logs()) {
            if (c.scan().isPresent()) {
                text.append(log(c.file(), c.scan().get()));
            } else {
                text.append("Log file: ").append(c.file().getFileName()).append(" cannot be read\n");
                c.findings().forEach(f -> text.append("          ").append(f.error()).append(": ").append(f.detail()).append('\n'));
            }
            text.append('\n');
        }
        return text.append(logSequence(v)).toString();
    }

    /**
     * eseutil /ml on a base name ({@code /ml E00}): the verification of the stream's sequence, one line
     * per log, then the missing generations and the verdict.
     */
    public static String logSequence(LogSequence.Verification v) {
        StringBuilder out = new StringBuilder("Verifying log files...\n");
        line(out, "Folder", v.folder().toString());
        line(out, "Base name", v.names().base());
        line(out, "Log generation range", v.lowGeneration().isPresent() && v.highGeneration().isPresent()
                ? String.format("0x%X-0x%X", v.lowGeneration().get(), v.highGeneration().get()) : "none");
        out.append('\n');
        for (LogSequence.LogCheck c : v.logs()) {
            String role = c.role() == LogSequence.Role.TEMPORARY ? " (the next log being prepared, outside the sequence)" : "";
            if (c.ok()) {
                out.append("      Log file: ").append(c.file().getFileName()).append(" - OK").append(role).append('\n');
            } else {
                out.append("      Log file: ").append(c.file().getFileName()).append(" - ERROR").append(role).append('\n');
                for (LogSequence.Finding f : c.findings()) {
                    out.append("          ").append(f.error()).append(": ").append(f.detail()).append('\n');
                }
            }
        }
        if (!v.missingGenerations().isEmpty()) {
            out.append("\nMissing log file(s): ")
                    .append(String.join(", ", v.missingGenerations().stream().map(v.names()::numbered).toList())).append('\n');
        }
        v.findings().stream().filter(f -> f.error() == JetError.JET_errMissingLogFile && f.file().getFileName().toString().equals(v.names().current()))
                .forEach(f -> out.append("Missing current log file: ").append(f.file().getFileName()).append(" (").append(f.detail()).append(")\n"));
        out.append('\n');
        if (v.ok()) {
            out.append("No damaged log files were found.\n");
        } else {
            out.append("ERROR: ").append(v.findings().size()).append(" problem(s) found in the log sequence; the first: ")
                    .append(v.firstFinding().orElseThrow()).append('\n');
        }
        return out.toString();
    }

    /** eseutil /mk. */
    public static String checkpoint(Disk disk, Path checkpointFile) {
        Checkpoint c = CheckpointFile.read(disk, checkpointFile)
                .orElseThrow(() -> new JetException(JetError.JET_errCheckpointFileNotFound, checkpointFile, "checkpoint file not found"));
        return checkpoint(checkpointFile, c);
    }

    /** eseutil /mk on a checkpoint already read. */
    public static String checkpoint(Path checkpointFile, Checkpoint c) {
        StringBuilder out = new StringBuilder();
        out.append("Checkpoint file: ").append(checkpointFile.getFileName()).append('\n');
        line(out, "LastFullBackupCheckpoint", c.lastFullBackup().toString());
        line(out, "Checkpoint", c.checkpoint() + "  generation " + LogNames.describe(c.generation()));
        line(out, "Signature", c.logSignature().toString());
        line(out, "Written", c.written().toString());
        line(out, "Database", c.database());
        return out.toString();
    }

    /** {@code String.format("%26s: %s%n", name, value)}, without parsing the format at every line. */
    private static void line(StringBuilder out, String name, String value) {
        out.append(" ".repeat(Math.max(0, 26 - name.length()))).append(name).append(": ").append(value).append(System.lineSeparator());
    }
}
