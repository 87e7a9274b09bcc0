package ese.recovery.cli;

import ese.recovery.engine.EngineClock;
import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.EngineEvent;
import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.RecoveryResult;
import ese.recovery.engine.SoftRecovery;
import ese.recovery.io.Disk;
import ese.recovery.io.NioDisk;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import ese.recovery.jet.LogTime;
import ese.recovery.log.LogFile;
import ese.recovery.log.LogFileHeader;
import ese.recovery.log.LogFolder;
import ese.recovery.log.LogNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** eseutil /r: soft recovery of a folder. */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = {"Runs soft recovery on a folder, like eseutil /r E00: replays the logs from the checkpoint (or from "
                + "the lowest log when there is no checkpoint) into the database, rolls back what never committed, and leaves "
                + "the database in Clean Shutdown. The logs, the checkpoint and the database are in the one folder, as in "
                + "an Exchange mdbdata folder.",
                "WRITES to the folder: the database, the checkpoint and the current log (and, when recovery ends on E00tmp.log, "
                        + "a new generation). A failure exits with the code of the JET error met; what recovery replayed before "
                        + "it stays written, as with the real engine.",
                "Times written come from a clock that continues one second after the newest log in the folder, and new "
                        + "signatures from --seed, so two copies of a folder recovered alike end with the same bytes."},
        footer = EseCommand.EXIT_FOOTER)
final class Recover extends EseCommand {
    /** Where the spec's simulated clock starts, used when the folder holds no log to continue from. */
    static final Instant DEFAULT_CLOCK_START = Instant.parse("2026-01-05T10:00:00Z");
    static final String DEFAULT_COMPUTER = "EXCHSRV01";

    @Parameters(index = "0", paramLabel = "<folder>", description = "The folder holding the logs, the checkpoint and the database.")
    Path folder;

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

    @Override
    Outcome run() {
        requireFolder(folder);
        EngineProfile engine = profile != null ? profile : profileOf(folder);
        Disk reading = readOnlyDisk();
        LogNames names = new LogNames(engine.logBase());
        Optional<LogFileHeader> newest = newestHeader(reading, LogFolder.read(reading, folder, names));
        int logBytes = newest.map(h -> Math.toIntExact(h.fileBytes())).orElse(EngineProfile.DEFAULT_LOG_BYTES);
        Instant clockStart = newest.map(h -> h.created().instant().plusSeconds(1)).orElse(DEFAULT_CLOCK_START);
        String computer = newest.map(h -> h.logSignature().computerName()).filter(c -> !c.isEmpty()).orElse(DEFAULT_COMPUTER);
        Path db = database != null ? database : folder.resolve(engine.databaseName());
        EngineConfig config = new EngineConfig(new NioDisk(), engine, folder, folder, db, logBytes,
                EngineClock.simulated(clockStart, Duration.ofSeconds(1)), seed, computer);

        RecoveryResult r = SoftRecovery.run(config);

        StringBuilder text = new StringBuilder("Initiating RECOVERY mode...\n");
        line(text, "Folder", JsonViews.path(folder));
        line(text, "Engine", engine.productName() + " (logs " + names.base() + ", events " + engine.eventSource() + ")");
        line(text, "Database", JsonViews.path(db));
        line(text, "Log file size", logBytes + " bytes");
        text.append('\n');
        r.events().forEach(e -> text.append(e).append('\n'));
        text.append('\n');
        line(text, "Replayed generations", r.replayedGenerations().isEmpty() ? "none"
                : String.join(", ", r.replayedGenerations().stream().map(g -> String.format("0x%X", g)).toList()));
        r.stoppedAt().ifPresent(p -> line(text, "Stopped at", p.toString()));
        Optional<Problem> problem = r.error().map(e -> new Problem(e, r.file().orElse(null), reason(r, e)));
        text.append(problem.map(p -> "Operation terminated with error " + p.error().number() + " (" + p.error().name() + ", "
                + p.error().description() + ").\n").orElse("Operation completed successfully.\n"));

        Json.Obj result = Json.object()
                .put("folder", JsonViews.path(folder))
                .put("profile", engine.name())
                .put("database", JsonViews.path(db))
                .put("logFileBytes", logBytes)
                .put("recovery", JsonViews.recovery(r));
        return Outcome.of(text.toString(), result).failing(problem);
    }

    /** The Exchange version a folder's logs speak for: EDB logs are Exchange 5.5's, E00 logs Exchange 2000's. */
    private EngineProfile profileOf(Path folder) {
        LogNames names = stream(folder, null).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "the folder holds no log to tell the Exchange version by: give --profile"));
        return Arrays.stream(EngineProfile.values()).filter(p -> p.logBase().equals(names.base())).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "no Exchange version writes " + names.base() + " logs: give --profile"));
    }

    /** The header of the current log, or of the highest readable numbered log. */
    private static Optional<LogFileHeader> newestHeader(Disk disk, LogFolder logs) {
        List<Path> newestFirst = new ArrayList<>();
        logs.current().ifPresent(newestFirst::add);
        logs.temporary().ifPresent(newestFirst::add);
        List<Path> numbered = new ArrayList<>(logs.numbered().values());
        java.util.Collections.reverse(numbered);
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

    private static void line(StringBuilder out, String name, String value) {
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
}
