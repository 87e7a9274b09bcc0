package ese.recovery.cli;

import ese.recovery.engine.EngineClock;
import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.RecoveryResult;
import ese.recovery.io.Disk;
import ese.recovery.io.NioDisk;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import ese.recovery.log.LogFile;
import ese.recovery.log.LogFileHeader;
import ese.recovery.log.LogFolder;
import ese.recovery.log.LogNames;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the commands that run the engine on a folder share: the Exchange version (from the logs, or
 * {@code --profile}), the database, the seed, and an engine configuration whose clock continues one
 * second after the newest log of the folder, so two copies of a folder treated alike end with the same bytes.
 */
abstract class EngineCommand extends EseCommand {
    /** Where the spec's simulated clock starts, used when the folder holds no log to continue from. */
    static final Instant DEFAULT_CLOCK_START = Instant.parse("2026-01-05T10:00:00Z");
    static final String DEFAULT_COMPUTER = "EXCHSRV01";

    @Option(names = "--profile", paramLabel = "<engine>", converter = ProfileConverter.class,
            description = "The Exchange version: EXCHANGE_5_5 (EDB logs, priv.edb), EXCHANGE_2000 or EXCHANGE_2000_SP2 "
                    + "(E00 logs, priv1.edb). Default: EXCHANGE_5_5 for EDB logs, EXCHANGE_2000 for E00 logs.")
    EngineProfile profile;

    @Option(names = "--database", paramLabel = "<file>",
            description = "The database file. Default: the profile's (priv.edb or priv1.edb) in the folder.")
    Path database;

    @Option(names = "--seed", paramLabel = "<n>", defaultValue = "1",
            description = "Seed of the random part of any new signature (default: ${DEFAULT-VALUE}).")
    long seed;

    /** The engine on {@code folder}: every file in the one folder, as an Exchange mdbdata folder. */
    EngineConfig engineIn(Path folder) {
        requireFolder(folder);
        EngineProfile engine = profile != null ? profile : profileOf(folder);
        Disk reading = readOnlyDisk();
        LogNames names = new LogNames(engine.logBase());
        Optional<LogFileHeader> newest = newestHeader(reading, LogFolder.read(reading, folder, names));
        int logBytes = newest.map(h -> Math.toIntExact(h.fileBytes())).orElse(EngineProfile.DEFAULT_LOG_BYTES);
        Instant clockStart = newest.map(h -> h.created().instant().plusSeconds(1)).orElse(DEFAULT_CLOCK_START);
        String computer = newest.map(h -> h.logSignature().computerName()).filter(c -> !c.isEmpty()).orElse(DEFAULT_COMPUTER);
        Path db = database != null ? database : folder.resolve(engine.databaseName());
        return new EngineConfig(new NioDisk(), engine, folder, folder, db, logBytes,
                EngineClock.simulated(clockStart, Duration.ofSeconds(1)), seed, computer);
    }

    /** The header of the current log, or of the highest readable numbered log. */
    private static Optional<LogFileHeader> newestHeader(Disk disk, LogFolder logs) {
        List<Path> newestFirst = new ArrayList<>();
        logs.current().ifPresent(newestFirst::add);
        logs.temporary().ifPresent(newestFirst::add);
        List<Path> numbered = new ArrayList<>(logs.numbered().values());
        Collections.reverse(numbered);
        newestFirst.addAll(numbered);
        for (Path p : newestFirst) {
            try {
                return Optional.of(LogFile.readHeader(disk, p));
            } catch (JetException e) {
                // an unreadable log tells nothing; recovery itself will report it
            }
        }
        return Optional.empty();
    }

    /** The lines every recovering command starts with: the mode, the folder, the engine, the database, the log size. */
    static StringBuilder heading(String mode, EngineConfig config) {
        StringBuilder text = new StringBuilder("Initiating " + mode + " mode...\n");
        line(text, "Folder", JsonViews.path(config.logFolder()));
        line(text, "Engine", config.profile().productName() + " (logs " + config.names().base() + ", events " + config.profile().eventSource() + ")");
        line(text, "Database", JsonViews.path(config.databaseFile()));
        line(text, "Log file size", config.logFileBytes() + " bytes");
        return text;
    }

    /** A recovery's events, the generations it replayed, where it stopped, and how it ended; its JET error as a problem. */
    static Optional<Problem> report(StringBuilder text, RecoveryResult r) {
        text.append('\n');
        r.events().forEach(e -> text.append(e).append('\n'));
        text.append('\n');
        line(text, "Recovery", r.kind() == RecoveryResult.Kind.HARD ? "hard recovery" : "soft recovery");
        line(text, "Replayed generations", r.replayedGenerations().isEmpty() ? "none"
                : String.join(", ", r.replayedGenerations().stream().map(g -> String.format("0x%X", g)).toList()));
        r.stoppedAt().ifPresent(p -> line(text, "Stopped at", p.toString()));
        Optional<Problem> problem = r.error().map(e -> new Problem(e, r.file().orElse(null), reason(r, e)));
        text.append(problem.map(p -> "Operation terminated with error " + p.error().number() + " (" + p.error().name() + ", "
                + p.error().description() + ").\n").orElse("Operation completed successfully.\n"));
        return problem;
    }

    /** The JSON fields every recovering command starts its result with. */
    static Json.Obj resultOf(EngineConfig config) {
        return Json.object()
                .put("folder", JsonViews.path(config.logFolder()))
                .put("profile", config.profile().name())
                .put("database", JsonViews.path(config.databaseFile()))
                .put("logFileBytes", config.logFileBytes());
    }

    /** The reason alone: a recovery result's detail also carries the file name and the error, which the line adds itself. */
    private static String reason(RecoveryResult r, JetError e) {
        String d = r.detail();
        String prefix = r.file().map(f -> f.getFileName() + ": ").orElse("");
        if (d.startsWith(prefix)) {
            d = d.substring(prefix.length());
        }
        String suffix = " (" + e + ")";
        return d.endsWith(suffix) ? d.substring(0, d.length() - suffix.length()) : d;
    }

    static void line(StringBuilder out, String name, String value) {
        out.append(String.format("%26s: %s%n", name, value));
    }

    /** Reads EXCHANGE_2000, "Exchange 2000 Server" or exchange-2000 alike. */
    static final class ProfileConverter implements ITypeConverter<EngineProfile> {
        @Override
        public EngineProfile convert(String value) {
            try {
                return EngineProfile.named(value.replace('-', '_').toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not an Exchange version; known: EXCHANGE_5_5, EXCHANGE_2000, EXCHANGE_2000_SP2");
            }
        }
    }

    /** A generation as in file names, 0x15, or decimal, 21. */
    static final class GenerationConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                return value.startsWith("0x") || value.startsWith("0X") ? Integer.parseInt(value.substring(2), 16) : Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a generation (0x15 or 21)");
            }
        }
    }
}
