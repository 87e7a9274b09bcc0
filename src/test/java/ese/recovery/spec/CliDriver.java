package ese.recovery.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ese.recovery.backup.BackupSet;
import ese.recovery.host.ServerControl;
import ese.recovery.engine.EngineEvent;
import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.RecoveryResult;
import ese.recovery.engine.RestoreEnvironment;
import ese.recovery.jet.JetError;
import ese.recovery.jet.Lgpos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command-line tool that honours docs/cli.md, run as a process: {@code bin/eserecover} by default, or
 * the launcher the system property {@code ese.cli} names; {@code -Dese.cli=in-process} runs eserecover's
 * own command line in this JVM instead (the same arguments, output and exit codes, without a process:
 * for the mutation gate, whose mutants live in this JVM). Each action is one run of one command with
 * {@code --json}; the JSON document becomes the result the Then steps assert on. A usage error or an
 * internal error of the tool (exit codes 1 and 4) fails the step with the tool's standard error.
 */
final class CliDriver implements SystemUnderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> launcher;

    CliDriver(List<String> launcher) {
        this.launcher = List.copyOf(launcher);
    }

    /** The launcher that means: eserecover's command line, in this JVM. */
    static final String IN_PROCESS = "in-process";

    static CliDriver fromProperties() {
        String cli = System.getProperty("ese.cli", "").trim();
        if (cli.equals(IN_PROCESS)) {
            return new CliDriver(List.of());
        }
        Path path = cli.isEmpty() ? Path.of("bin", "eserecover").toAbsolutePath() : Path.of(cli).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("ese.driver=cli runs " + path + ", which does not exist; set -Dese.cli=<launcher>");
        }
        if (path.toString().endsWith(".jar")) {
            return new CliDriver(List.of(java(), "-jar", path.toString()));
        }
        return new CliDriver(Files.isExecutable(path) ? List.of(path.toString()) : List.of("bash", path.toString()));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public String name() {
        return "cli";
    }

    /** One run of the tool: its exit code, standard output and standard error. */
    record Run(List<String> command, int exit, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new IllegalStateException("not a JSON document from " + command + ": " + out + err, e);
            }
        }
    }

    Run run(String... args) {
        return honoured(args, launched(args));
    }

    private Run launched(String... args) {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(args));
        if (launcher.isEmpty()) {
            return checked(inThisProcess(command, args));
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        try {
            Path out = Files.createTempFile("sut", ".out");
            Path err = Files.createTempFile("sut", ".err");
            try {
                Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(command + " did not finish within two minutes");
                }
                return checked(new Run(command, p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8)));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Run inThisProcess(List<String> command, String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cl = ese.recovery.cli.EseRecover.commandLine();
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(command, exit, out.toString(), err.toString());
    }

    /** A usage error or an internal error of the tool (exit codes 1 and 4), or no tool (126), fails the step. */
    private static Run checked(Run r) {
        if (r.exit() == 1 || r.exit() == 4 || r.exit() == 126) {
            throw new IllegalStateException(r.command() + " exited with " + r.exit() + ": " + r.err());
        }
        return r;
    }

    /** One line on standard error: {@code eserecover <command>: [<file>: ]<what was wrong> (<number> <name>)}. */
    private static final Pattern ERROR_LINE = Pattern.compile("eserecover ([a-z-]+): (.*) \\((-?\\d+) (\\w+)\\)");

    /** The exit code docs/cli.md's table gives each JET error it lists; any other JET error exits with 5. */
    private static final Map<String, Integer> DOCUMENTED_EXIT_CODES = documentedExitCodes(Path.of("docs", "cli.md"));

    static Map<String, Integer> documentedExitCodes(Path doc) {
        Map<String, Integer> codes = new HashMap<>();
        boolean inTable = false;
        try {
            for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
                if (line.startsWith("## ")) {
                    inTable = line.equals("## Exit codes");
                } else if (inTable && line.matches("\\|\\s*\\d+\\s*\\|.*")) {
                    String[] cells = line.split("\\|");
                    Matcher jet = Pattern.compile("JET_err\\w+").matcher(cells[2]);
                    while (jet.find()) {
                        codes.put(jet.group(), Integer.parseInt(cells[1].strip()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the tool's contract, " + doc.toAbsolutePath() + ", cannot be read", e);
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException(doc.toAbsolutePath() + " has no exit code table under '## Exit codes'");
        }
        return codes;
    }

    /** The exit code docs/cli.md gives an error the tool names: a JET error's by its table, a Windows error's by its text. */
    static int documentedExitCode(String errorName) {
        if (errorName.startsWith("JET_err")) {
            return DOCUMENTED_EXIT_CODES.getOrDefault(errorName, 5);
        }
        return switch (errorName) {
            case "RPC_S_SERVER_UNAVAILABLE" -> 6;
            case "ERROR_FILE_NOT_FOUND" -> 2;
            default -> 7;
        };
    }

    /**
     * What docs/cli.md promises of every run, checked on each (a step whose tool breaks it fails): success is exit 0
     * with nothing on standard error; a failure is one line on standard error naming the command, the file (absolute)
     * and the error, and exits with the code the exit code table gives that error; with {@code --json}, the document's
     * {@code tool}, {@code formatVersion}, {@code command} and {@code exitCode}, and its {@code error} the same as the line.
     */
    private static Run honoured(String[] args, Run r) {
        String command = args[0];
        List<String> err = r.err().lines().toList();
        Optional<Matcher> line = Optional.empty();
        if (r.exit() == 0) {
            require(err.isEmpty(), r, "exited with 0 but wrote to standard error");
        } else {
            require(err.size() == 1, r, "failed with exit " + r.exit() + " but did not write exactly one line to standard error");
            Matcher m = ERROR_LINE.matcher(err.get(0));
            require(m.matches() && m.group(1).equals(command), r, "wrote an error line that is not 'eserecover " + command + ": ... (<number> <name>)'");
            String name = m.group(4);
            require(r.exit() == documentedExitCode(name), r, "exited with " + r.exit() + " for " + name + ", docs/cli.md says " + documentedExitCode(name));
            if (name.startsWith("JET_err")) {
                JetError jet = JetError.byName(name).orElseThrow(() -> new IllegalStateException(r.command() + " named an unknown JET error " + name));
                require(jet.number() == Integer.parseInt(m.group(3)), r, "named " + name + " with the number " + m.group(3));
            }
            line = Optional.of(m);
        }
        if (List.of(args).contains("--json")) {
            JsonNode doc = r.json();
            require(doc.path("tool").asText().equals("eserecover") && doc.path("formatVersion").asInt() == 1
                    && doc.path("command").asText().equals(command) && doc.path("exitCode").asInt(-1) == r.exit(), r,
                    "wrote a JSON document whose tool, formatVersion, command or exitCode is not the run's");
            JsonNode error = doc.get("error");
            if (line.isEmpty()) {
                require(error != null && error.isNull(), r, "succeeded with a JSON error");
            } else {
                Matcher m = line.get();
                require(error != null && error.path("name").asText().equals(m.group(4)) && error.path("number").asLong() == Long.parseLong(m.group(3)), r,
                        "wrote a JSON error that is not the one on standard error");
                String file = error.path("file").isNull() ? null : error.path("file").asText();
                require(file == null || Path.of(file).isAbsolute(), r, "named a file that is not an absolute path: " + file);
                require(m.group(2).equals((file == null ? "" : file + ": ") + error.path("detail").asText()), r,
                        "wrote an error line whose file or detail is not the JSON error's");
                JetError.byName(m.group(4)).ifPresent(jet -> require(error.path("description").asText().equals(jet.description()), r,
                        "described " + jet + " otherwise than the engine does"));
            }
        }
        return r;
    }

    private static void require(boolean honoured, Run r, String what) {
        if (!honoured) {
            throw new IllegalStateException(r.command() + " does not honour docs/cli.md: it " + what + " (exit " + r.exit() + ")\n" + r.out() + r.err());
        }
    }

    @Override
    public Mounting bringOnline(World world) {
        return mount(world, List.of());
    }

    @Override
    public Mounting completeRestore(World world) {
        List<String> restore = new ArrayList<>();
        if (world.config().profile() == EngineProfile.EXCHANGE_5_5) {
            RestoreEnvironment env = world.pendingRestore.orElseThrow(() -> new IllegalStateException("nothing was restored"));
            restore.addAll(List.of("--low", "0x" + Integer.toHexString(env.generationLow()), "--high", "0x" + Integer.toHexString(env.generationHigh()),
                    "--backup-logs", env.backupLogFolder().toString()));
        }
        return mount(world, restore);
    }

    @Override
    public RecoveryResult softRecovery(World world, boolean ignoreMismatchedAttachments) {
        List<String> args = new ArrayList<>(List.of("recover", "--json", "--profile", world.config().profile().name()));
        args.addAll(database(world));
        if (ignoreMismatchedAttachments) {
            args.add("--ignore-mismatched-attachments");
        }
        args.add(world.config().logFolder().toString());
        JsonNode doc = run(args.toArray(String[]::new)).json();
        JsonNode result = doc.get("result");
        if (result == null || result.isNull()) {
            throw new IllegalStateException("recover read nothing: " + doc);
        }
        return recovery(result.get("recovery"), doc.get("error"));
    }

    private Mounting mount(World world, List<String> options) {
        List<String> args = new ArrayList<>(List.of("mount", "--json", "--profile", world.config().profile().name()));
        args.addAll(database(world));
        args.addAll(options);
        args.add(world.config().logFolder().toString());
        JsonNode doc = run(args.toArray(String[]::new)).json();
        JsonNode result = doc.get("result");
        if (result == null || result.isNull()) {
            throw new IllegalStateException("mount read nothing: " + doc);
        }
        RecoveryResult recovery = recovery(result.get("recovery"), doc.get("error"));
        JsonNode after = result.get("headerAfterRecovery");
        Optional<HeaderShown> header = after == null || after.isNull() ? Optional.empty()
                : Optional.of(new HeaderShown(after.get("state").asText(), after.get("logRequired").get("text").asText()));
        return new Mounting(recovery, header, result.get("mounted").asBoolean(), Optional.empty());
    }

    /** {@code --database <file>}, left out when the database is the profile's in the folder, the tool's default (docs/cli.md). */
    private static List<String> database(World world) {
        Path db = world.config().databaseFile();
        return db.equals(world.config().logFolder().resolve(world.config().profile().databaseName())) ? List.of()
                : List.of("--database", db.toString());
    }

    /** A recovery as the tool reports it, in the model's own result type. */
    static RecoveryResult recovery(JsonNode r, JsonNode error) {
        List<Integer> replayed = new ArrayList<>();
        r.get("replayedGenerations").forEach(g -> replayed.add(g.asInt()));
        List<EngineEvent> events = new ArrayList<>();
        r.get("events").forEach(e -> events.add(new EngineEvent(e.get("source").asText(), e.get("id").asInt(),
                EngineEvent.Type.valueOf(e.get("type").asText()), e.get("text").asText(), jetError(e.get("error")))));
        JsonNode stopped = r.get("stoppedAt");
        Optional<Lgpos> stoppedAt = stopped == null || stopped.isNull() ? Optional.empty()
                : Optional.of(new Lgpos(stopped.get("generation").asInt(), stopped.get("sector").asInt(), stopped.get("offset").asInt()));
        boolean failed = error != null && !error.isNull();
        Optional<Path> file = failed && !error.get("file").isNull() ? Optional.of(Path.of(error.get("file").asText())) : Optional.empty();
        return new RecoveryResult(RecoveryResult.Kind.valueOf(r.get("kind").asText()), replayed, events,
                failed ? jetError(error) : Optional.empty(), file, failed ? error.get("detail").asText() : "recovery completed", stoppedAt);
    }

    private static Optional<JetError> jetError(JsonNode e) {
        if (e == null || e.isNull()) {
            return Optional.empty();
        }
        String name = e.get("name").asText();
        return Optional.of(JetError.byName(name).orElseThrow(() -> new IllegalStateException("the tool reported an unknown JET error " + name)));
    }

    @Override
    public Advised advise(World world) {
        JsonNode a = run("advise", "--json", world.folder().toString()).json().get("result");
        List<ese.recovery.advice.Finding> findings = new ArrayList<>();
        for (JsonNode f : a.get("findings")) {
            findings.add(new ese.recovery.advice.Finding(ese.recovery.advice.Situation.valueOf(f.get("situation").asText()), jetError(f.get("error")),
                    strings(f.get("evidence")), strings(f.get("toDo")), strings(f.get("notToDo")), strings(f.get("sources"))));
        }
        JsonNode profile = a.get("profile");
        return new Advised(ese.recovery.advice.Advice.Rule.valueOf(a.get("rule").asText()), strings(a.get("steps")), strings(a.get("doNot")),
                new ese.recovery.advice.SituationReport(world.folder(),
                profile == null || profile.isNull() ? null : EngineProfile.valueOf(profile.asText()), findings),
                a.get("summary").asText(), evidence(a.get("evidence")));
    }

    private static List<ese.recovery.advice.Advice.Evidence> evidence(JsonNode array) {
        List<ese.recovery.advice.Advice.Evidence> out = new ArrayList<>();
        array.forEach(e -> out.add(new ese.recovery.advice.Advice.Evidence(e.get("file").isNull() ? null : Path.of(e.get("file").asText()),
                e.get("shows").asText())));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Override
    public String dumpDatabaseHeader(World world) {
        return text("dump-header", world.config().databaseFile().toString());
    }

    @Override
    public String dumpLog(World world, Path log) {
        return text("dump-log", log.toString());
    }

    @Override
    public String verifyLogStream(World world) {
        return text("dump-logs", world.config().logFolder().toString(), "--base", world.config().names().base());
    }

    @Override
    public String dumpCheckpoint(World world) {
        return text("dump-checkpoint", world.config().checkpointFile().toString());
    }

    /**
     * {@code registry-set} writes the server's registry file; the registry of the server modelled in this process
     * (where the cluster service runs) then reads its file again and announces the changed keys, as Windows
     * notifies a process watching a key, so an online resource's checkpoint is saved by the cluster service.
     */
    @Override
    public void setRegistryValue(World world, String key, String name, int dword) {
        Run r = run("registry-set", "--json", "--server", world.site.server.folder().toString(), key, name, "0x" + Integer.toHexString(dword));
        if (r.exit() != 0) {
            throw new IllegalStateException(r.command() + " exited with " + r.exit() + ": " + r.err());
        }
        world.site.server.registry().reread();
    }

    @Override
    public void startService(World world, String service) {
        onServer(world, "service", "start", service);
    }

    @Override
    public void stopService(World world, String service) {
        onServer(world, "service", "stop", service);
    }

    @Override
    public void bringResourceOnline(World world, String resource) {
        onServer(world, "cluster-resource", "online", resource);
    }

    @Override
    public void takeResourceOffline(World world, String resource) {
        onServer(world, "cluster-resource", "offline", resource);
    }

    @Override
    public void restoreOnlineBackup(World world, BackupSet tape, boolean startServicesAfterRestore) {
        List<String> args = new ArrayList<>(List.of("--json"));
        if (startServicesAfterRestore) {
            args.add("--start-services-after-restore");
        }
        args.addAll(List.of(world.site.directory.name(), tape.folder().toString()));
        onServer(world, "restore-service", args.toArray(String[]::new));
    }

    /**
     * A command that acts on the running server through its control endpoint: the server (in this process,
     * where its services run) serves the tool's requests; afterwards it takes up what the tool wrote to
     * its registry file. A service or resource that failed is an outcome the Then steps read from the
     * server; a missing or unreadable file (2, 3) or the server not answering (6) fails the step, as a
     * usage or internal error does.
     */
    private void onServer(World world, String command, String... args) {
        List<String> line = new ArrayList<>(List.of(command, "--server", world.site.server.folder().toString()));
        line.addAll(List.of(args));
        Run r = world.site.server.control().during(() -> run(line.toArray(String[]::new)));
        if (r.exit() == ese.recovery.cli.ExitCodes.IO || r.exit() == ese.recovery.cli.ExitCodes.WRONG_FILE_TYPE
                || r.exit() == ese.recovery.cli.ExitCodes.SERVER_UNAVAILABLE) {
            throw new IllegalStateException(r.command() + " exited with " + r.exit() + ": " + r.err());
        }
        world.site.server.registry().reread();
    }

    @Override
    public String listFolder(World world, Path folder) {
        return text("list", folder.toString());
    }

    /**
     * A dump's text: a dump that found damage exits with the JET error's code, and its text is still the dump. A dump
     * that could not read its file prints nothing: the JET error its error line names, as the model throws it.
     */
    private String text(String... args) {
        Run r = run(args);
        if (r.out().isEmpty()) {
            Matcher m = ERROR_LINE.matcher(r.err().strip());
            Optional<JetError> jet = m.matches() ? JetError.byName(m.group(4)) : Optional.empty();
            if (jet.isEmpty()) {
                throw new IllegalStateException(r.command() + " printed nothing (exit " + r.exit() + "): " + r.err());
            }
            String where = m.group(2);
            Path file = Path.of(args[1]).toAbsolutePath().normalize();
            boolean named = where.startsWith(file + ": ");
            throw new ese.recovery.jet.JetException(jet.get(), named ? file : null, named ? where.substring(file.toString().length() + 2) : where);
        }
        return r.out();
    }

    @Override
    public BackupSet takeOnlineBackup(World world, Path folder) {
        backup(world.storeControl(), List.of("--store", world.config().systemFolder().toString()), folder, false);
        return readBackup(world, folder);
    }

    @Override
    public BackupSet backUpService(World world, String service, Path folder) {
        JsonNode doc = backup(world.site.server.control(), List.of("--server", world.site.server.folder().toString(), "--service", service),
                folder, false);
        return backupSet(doc.get("result"), folder, EngineProfile.EXCHANGE_5_5);
    }

    @Override
    public List<Path> takeIncrementalBackup(World world, Path folder) {
        return paths(backup(world.storeControl(), List.of("--store", world.config().systemFolder().toString()), folder, true)
                .get("result").get("logs"));
    }

    /**
     * eserecover backup against a running store of this process, reached through {@code control} (the
     * store's, World.storeControl, or the server's for an Exchange 5.5 service): the JSON document, or the
     * JET error the store refused the backup with, as a JetException.
     */
    private JsonNode backup(ServerControl control, List<String> target, Path folder, boolean incremental) {
        List<String> args = new ArrayList<>(List.of("backup", "--json"));
        args.addAll(target);
        if (incremental) {
            args.add("--incremental");
        }
        args.add(folder.toString());
        Run r = control.during(() -> run(args.toArray(String[]::new)));
        JsonNode doc = succeeded(r);
        return doc;
    }

    @Override
    public ese.recovery.situation.Situation.Made createSituation(World world, ese.recovery.situation.Situation situation,
            EngineProfile profile, Path folder) {
        Run r = run("create-situation", "--json", situation.name(), folder.toString(), "--profile", profile.name());
        JsonNode doc = succeeded(r);
        JsonNode made = doc.get("result");
        return new ese.recovery.situation.Situation.Made(ese.recovery.situation.Situation.named(made.get("situation").asText()),
                Path.of(made.get("folder").asText()), EngineProfile.valueOf(made.get("profile").asText()), made.get("description").asText());
    }

    /**
     * The JSON document of a run that succeeded; for a run that failed, the JET error its JSON names, thrown as
     * the model throws it (a failure with no JET error is the tool's, not the engine's).
     */
    private static JsonNode succeeded(Run r) {
        JsonNode doc = r.json();
        if (r.exit() == 0) {
            return doc;
        }
        JsonNode error = doc.get("error");
        Optional<JetError> jet = error == null || error.isNull() || !error.hasNonNull("name") ? Optional.empty()
                : JetError.byName(error.get("name").asText());
        if (jet.isEmpty()) {
            throw new IllegalStateException(r.command() + " exited with " + r.exit() + ": " + r.err());
        }
        throw new ese.recovery.jet.JetException(jet.get(), error.hasNonNull("file") ? Path.of(error.get("file").asText()) : null,
                error.get("detail").asText());
    }

    /** A backup set from the JSON of dump-backup or backup: database, patch file, logs and their range. */
    private static BackupSet backupSet(JsonNode r, Path folder, EngineProfile profile) {
        JsonNode patch = r.get("patchFile");
        return new BackupSet(folder, profile, Path.of(r.get("database").asText()),
                patch.isNull() ? Optional.empty() : Optional.of(Path.of(patch.asText())), paths(r.get("logs")),
                r.get("generationLow").asInt(), r.get("generationHigh").asInt());
    }

    private static List<Path> paths(JsonNode array) {
        List<Path> out = new ArrayList<>();
        array.forEach(p -> out.add(Path.of(p.asText())));
        return out;
    }

    private BackupSet readBackup(World world, Path folder) {
        JsonNode doc = run("dump-backup", "--json", "--profile", world.config().profile().name(), folder.toString()).json();
        JsonNode r = doc.get("result");
        if (r == null || r.isNull()) {
            throw new IllegalStateException("dump-backup read nothing: " + doc);
        }
        return backupSet(r, Path.of(r.get("folder").asText()), EngineProfile.valueOf(r.get("profile").asText()));
    }
}
