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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

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
        List<String> args = new ArrayList<>(List.of("recover", "--json", "--profile", world.config().profile().name(),
                "--database", world.config().databaseFile().toString()));
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
        List<String> args = new ArrayList<>(List.of("mount", "--json", "--profile", world.config().profile().name(),
                "--database", world.config().databaseFile().toString()));
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

    /** A dump's text: a dump that found damage exits with the JET error's code, and its text is still the dump. */
    private String text(String... args) {
        Run r = run(args);
        if (r.out().isEmpty()) {
            throw new IllegalStateException(r.command() + " printed nothing (exit " + r.exit() + "): " + r.err());
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
        JsonNode doc = r.json();
        JsonNode error = doc.get("error");
        if (r.exit() != 0) {
            Optional<JetError> jet = error == null || error.isNull() || !error.hasNonNull("name") ? Optional.empty()
                    : JetError.byName(error.get("name").asText());
            if (jet.isEmpty()) {
                throw new IllegalStateException(r.command() + " exited with " + r.exit() + ": " + r.err());
            }
            throw new ese.recovery.jet.JetException(jet.get(), error.hasNonNull("file") ? Path.of(error.get("file").asText()) : null,
                    error.get("detail").asText());
        }
        return doc;
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
