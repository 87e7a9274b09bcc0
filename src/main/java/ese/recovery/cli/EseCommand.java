package ese.recovery.cli;

import ese.recovery.engine.EngineProfile;
import ese.recovery.io.Disk;
import ese.recovery.io.NioDisk;
import ese.recovery.io.ReadOnlyDisk;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import ese.recovery.log.LogFolder;
import ese.recovery.log.LogNames;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.Callable;

/**
 * What every eserecover command shares: {@code --json}, the checks on its file and folder arguments,
 * and how an outcome is shown: text (or JSON) on standard output, and, when a JET error was met, one
 * line on standard error naming the file and the error, with the exit code from {@link ExitCodes}.
 * A command only computes its {@link Outcome}; a JetException it lets through becomes an outcome too.
 */
abstract class EseCommand implements Callable<Integer> {
    static final String EXIT_FOOTER = "%nExit codes: 0 success, 1 usage error, 2 file or folder missing or unreadable, "
            + "3 not the expected kind of file; otherwise the code of the JET error met (table in 'eserecover --help' and docs/cli.md).";

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Write the result as one JSON document on standard output (fields in docs/cli.md).")
    boolean json;

    /** A JET error met, the file it concerns, and the reason in a few words. */
    record Problem(JetError error, Path file, String detail) {
        Problem {
            Objects.requireNonNull(error);
            Objects.requireNonNull(detail);
        }

        static Problem of(JetException e) {
            return new Problem(e.error(), e.file(), e.detail());
        }

        /** The one line shown on standard error: the file, what was wrong, and the JET error's number and name. */
        String line(String command) {
            String where = file == null ? "" : JsonViews.path(file) + ": ";
            return "eserecover " + command + ": " + where + detail + " (" + error + ")";
        }
    }

    /** What a command found: text for people, the JSON result for scripts, and the JET error met if any. */
    record Outcome(String text, Json.Obj result, Optional<Problem> problem) {
        static Outcome of(String text, Json.Obj result) {
            return new Outcome(text, result, Optional.empty());
        }

        Outcome failing(Optional<Problem> p) {
            return new Outcome(text, result, p);
        }
    }

    abstract Outcome run();

    /**
     * A failure that is not a JET error: a server that does not answer, a service that did not start for a
     * reason of its own. Its Windows error's name and number, the file or folder it concerns, and the exit code.
     */
    static final class HostFailure extends RuntimeException {
        final int exitCode;
        final String name;
        final long number;
        final Path file;

        HostFailure(int exitCode, String name, long number, Path file, String detail) {
            super(detail);
            this.exitCode = exitCode;
            this.name = name;
            this.number = number;
            this.file = file;
        }
    }

    @Override
    public final Integer call() {
        Outcome outcome;
        try {
            outcome = run();
        } catch (JetException e) {
            outcome = new Outcome(null, null, Optional.of(Problem.of(e)));
        } catch (HostFailure f) {
            return failed(f);
        }
        int code = outcome.problem().map(p -> ExitCodes.of(p.error())).orElse(ExitCodes.SUCCESS);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json) {
            out.println(Json.write(envelope(outcome, code)));
        } else if (outcome.text() != null) {
            out.print(outcome.text());
        }
        out.flush();
        outcome.problem().ifPresent(p -> err.println(p.line(spec.name())));
        err.flush();
        return code;
    }

    private int failed(HostFailure f) {
        if (json) {
            spec.commandLine().getOut().println(Json.write(Json.object()
                    .put("tool", "eserecover")
                    .put("formatVersion", 1)
                    .put("command", spec.name())
                    .put("exitCode", f.exitCode)
                    .put("error", Json.object().put("number", f.number).put("name", f.name)
                            .put("file", JsonViews.path(f.file)).put("detail", f.getMessage()))
                    .put("result", null)));
            spec.commandLine().getOut().flush();
        }
        String where = f.file == null ? "" : JsonViews.path(f.file) + ": ";
        spec.commandLine().getErr().println("eserecover " + spec.name() + ": " + where + f.getMessage() + " (" + f.number + " " + f.name + ")");
        spec.commandLine().getErr().flush();
        return f.exitCode;
    }

    private Json.Obj envelope(Outcome outcome, int code) {
        return Json.object()
                .put("tool", "eserecover")
                .put("formatVersion", 1)
                .put("command", spec.name())
                .put("exitCode", code)
                .put("error", outcome.problem().map(p -> JsonViews.error(p.error())
                        .put("file", JsonViews.path(p.file()))
                        .put("detail", p.detail())).orElse(null))
                .put("result", outcome.result());
    }

    /** Every read of a read-only command goes through this disk: it refuses to write. */
    static Disk readOnlyDisk() {
        return new ReadOnlyDisk(new NioDisk());
    }

    /**
     * The log stream to work on: the one named by {@code --base}, or the only one with files in the
     * folder. Empty when the folder holds no log at all; several streams without {@code --base} is a
     * usage error.
     */
    Optional<LogNames> stream(Path folder, String base) {
        if (base != null) {
            try {
                return Optional.of(new LogNames(base));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--base': " + e.getMessage());
            }
        }
        SortedSet<String> streams = LogFolder.streams(readOnlyDisk(), folder);
        if (streams.size() > 1) {
            throw new ParameterException(spec.commandLine(), "the folder holds several log streams " + streams + ": choose one with --base");
        }
        return streams.stream().findFirst().map(LogNames::new);
    }

    /** The Exchange version a folder's logs speak for: EDB logs are Exchange 5.5's, E00 logs Exchange 2000's. */
    EngineProfile profileOf(Path folder) {
        LogNames names = stream(folder, null).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "the folder holds no log to tell the Exchange version by: give --profile"));
        return Arrays.stream(EngineProfile.values()).filter(p -> p.logBase().equals(names.base())).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "no Exchange version writes " + names.base() + " logs: give --profile"));
    }

    /**
     * A modelled server's registry file, opened to be changed: missing is -1811, a file that does not read
     * as a registry (a line neither key nor value, a checksum mismatch) is -1812 naming the line.
     */
    static ese.recovery.host.Registry openRegistry(Path file) {
        requireFile(file);
        try {
            return ese.recovery.host.Registry.open(new NioDisk(), file);
        } catch (ese.recovery.host.MalformedFileException e) {
            throw new JetException(JetError.JET_errFileInvalidType, file, "not a registry file: "
                    + (e.line() > 0 ? "line " + e.line() + ": " : "") + e.detail(), e);
        }
    }

    static void requireFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new JetException(JetError.JET_errInvalidPath, file, "is a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw new JetException(JetError.JET_errFileNotFound, file, "no such file");
        }
    }

    static void requireFolder(Path folder) {
        if (Files.isRegularFile(folder)) {
            throw new JetException(JetError.JET_errInvalidPath, folder, "is a file, not a folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new JetException(JetError.JET_errInvalidPath, folder, "no such folder");
        }
    }
}
