package ese.recovery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ese.recovery.engine.EngineProfile;
import ese.recovery.jet.JetError;
import ese.recovery.log.StreamFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** eserecover run in-process through picocli, on folders the engine model wrote, output captured. */
class EseRecoverTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    record Run(int exit, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Run run(String... args) {
        CommandLine cl = EseRecover.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private String file(String name) {
        return folder.resolve(name).toString();
    }

    /** One line on standard error, naming the file and the JET error, and no stack trace. */
    private static void assertOneLineNaming(Run r, String file, JetError error) {
        assertThat(r.err().lines().toList()).as("stderr").hasSize(1);
        assertThat(r.err()).contains(file).contains(error.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.exit()).isEqualTo(ExitCodes.of(error)).isNotZero();
    }

    @BeforeEach
    void aCrashedStoreWhoseCurrentLogIsGeneration4() {
        StreamFolder.crashedStore(folder, 4);
    }

    // ---- help

    @Test
    void helpListsEveryCommandAndTheExitCodeTable() {
        Run r = run("--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("dump-header", "dump-log", "dump-logs", "dump-checkpoint", "recover")
                .contains("Exit codes").contains(" 16  -528 JET_errMissingLogFile").contains("  1  usage error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dump-header", "dump-log", "dump-logs", "dump-checkpoint", "list", "recover", "mount", "restore", "restore-recover",
            "advise", "create-situation", "registry-set"})
    void everyCommandHasItsOwnHelp(String command) {
        Run r = run(command, "--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: eserecover " + command).contains("--json").contains("Exit codes");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void withoutACommandTheUsageGoesToStandardErrorAsAUsageError() {
        Run r = run();

        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("Usage: eserecover");
    }

    // ---- dump-header (/mh)

    @Test
    void dumpHeaderShowsTheStateAndLogRequired() {
        Run r = run("dump-header", file("priv1.edb"));

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("State: Dirty Shutdown").containsPattern("Log Required: \\d+-4 \\(0x\\d+-0x4\\)");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void dumpHeaderAsJson() {
        JsonNode j = run("dump-header", "--json", file("priv1.edb")).json();

        assertThat(j.get("tool").asText()).isEqualTo("eserecover");
        assertThat(j.get("command").asText()).isEqualTo("dump-header");
        assertThat(j.get("exitCode").asInt()).isZero();
        assertThat(j.get("error").isNull()).isTrue();
        JsonNode h = j.get("result");
        assertThat(h.get("state").asText()).isEqualTo("Dirty Shutdown");
        assertThat(h.get("consistent").asBoolean()).isFalse();
        assertThat(h.get("logRequired").get("high").asInt()).isEqualTo(4);
        assertThat(h.get("logSignature").get("computer").asText()).isEqualTo("EXCHSRV01");
        assertThat(h.get("currentFullBackup").isNull()).isTrue();
    }

    // ---- dump-log (/ml on one log)

    @Test
    void dumpLogShowsTheHeaderAndPassesTheIntegrityCheck() {
        Run r = run("dump-log", file("E0000002.log"));

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("lGeneration: 2 (0x2)").contains("Integrity check passed for log file: E0000002.log");
    }

    @Test
    void dumpLogAsJson() {
        JsonNode j = run("dump-log", "--json", file("E00.log")).json();

        assertThat(j.get("result").get("header").get("generation").asInt()).isEqualTo(4);
        assertThat(j.get("result").get("header").get("fileBytes").asLong()).isEqualTo(StreamFolder.LOG_BYTES);
        assertThat(j.get("result").get("integrity").get("ok").asBoolean()).isTrue();
        assertThat(j.get("result").get("integrity").get("damage").isNull()).isTrue();
    }

    @Test
    void aDamagedLogIsDumpedThenExitsWithLogFileCorrupt() {
        StreamFolder.flipByte(folder.resolve("E0000002.log"), 4096 + 40);

        Run r = run("dump-log", file("E0000002.log"));

        assertThat(r.out()).contains("ERROR: Log damaged (unusable)");
        assertOneLineNaming(r, file("E0000002.log"), JetError.JET_errLogFileCorrupt);
        JsonNode j = run("dump-log", "--json", file("E0000002.log")).json();
        assertThat(j.get("exitCode").asInt()).isEqualTo(10);
        assertThat(j.get("error").get("number").asInt()).isEqualTo(-501);
        assertThat(j.get("error").get("name").asText()).isEqualTo("JET_errLogFileCorrupt");
        assertThat(j.get("result").get("integrity").get("damage").get("sector").asInt()).isEqualTo(8);
    }

    // ---- dump-logs (/ml E00)

    @Test
    void dumpLogsVerifiesASoundSequence() {
        Run r = run("dump-logs", folder.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Base name: E00").contains("Log generation range: 0x1-0x4")
                .contains("Log file: E0000001.log - OK").contains("Log file: E00.log - OK")
                .endsWith("No damaged log files were found.\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void dumpLogsAsJson() {
        JsonNode j = run("dump-logs", "--json", folder.toString()).json();

        JsonNode result = j.get("result");
        assertThat(result.get("base").asText()).isEqualTo("E00");
        assertThat(result.get("logs")).hasSize(4);
        assertThat(result.get("logs").get(3).get("role").asText()).isEqualTo("CURRENT");
        assertThat(result.get("logs").get(3).get("header").get("generation").asInt()).isEqualTo(4);
        assertThat(result.get("sequence").get("lowGeneration").asInt()).isEqualTo(1);
        assertThat(result.get("sequence").get("highGeneration").asInt()).isEqualTo(4);
        assertThat(result.get("sequence").get("ok").asBoolean()).isTrue();
    }

    @Test
    void aGapInTheSequenceIsMissingLogFile() {
        StreamFolder.delete(folder.resolve("E0000002.log"));

        Run r = run("dump-logs", folder.toString());

        assertThat(r.out()).contains("Missing log file(s): E0000002.log");
        assertOneLineNaming(r, file("E0000002.log"), JetError.JET_errMissingLogFile);
        JsonNode j = run("dump-logs", "--json", folder.toString()).json();
        assertThat(j.get("result").get("sequence").get("missingGenerations").get(0).asInt()).isEqualTo(2);
        assertThat(j.get("error").get("number").asInt()).isEqualTo(-528);
    }

    @Test
    void aLogCopiedOverAnotherGenerationIsLogGenerationMismatch() {
        StreamFolder.copy(folder.resolve("E0000002.log"), folder.resolve("E0000003.log"));

        Run r = run("dump-logs", folder.toString());

        assertThat(r.out()).contains("Log file: E0000003.log - ERROR");
        assertOneLineNaming(r, file("E0000003.log"), JetError.JET_errLogGenerationMismatch);
    }

    @Test
    void aLogOfAnotherStreamIsBadLogSignature(@TempDir Path other) {
        StreamFolder.crashedStore(other, EngineProfile.EXCHANGE_2000, 188674, 4);
        StreamFolder.copy(other.resolve("E0000003.log"), folder.resolve("E0000003.log"));

        Run r = run("dump-logs", folder.toString());

        assertOneLineNaming(r, file("E0000003.log"), JetError.JET_errBadLogSignature);
    }

    @Test
    void theStreamIsFoundByItsNameForExchange55() {
        Path edb = folder.resolve("mdbdata");
        StreamFolder.crashedStore(edb, EngineProfile.EXCHANGE_5_5, 1, 2);

        Run r = run("dump-logs", edb.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Base name: EDB").contains("Log file: EDB00001.log - OK").contains("Log file: EDB.log - OK");
    }

    @Test
    void aBaseWithoutLogsInTheFolderIsMissingLogFile() {
        Run r = run("dump-logs", "--base", "E01", folder.toString());

        assertOneLineNaming(r, file("E01.log"), JetError.JET_errMissingLogFile);
    }

    @Test
    void anImpossibleBaseIsAUsageError() {
        Run r = run("dump-logs", "--base", "E0", folder.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("--base");
    }

    @Test
    void twoStreamsInOneFolderNeedBase() {
        StreamFolder.copy(folder.resolve("E00.log"), folder.resolve("E01.log"));

        Run r = run("dump-logs", folder.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("[E00, E01]").contains("--base");
        assertThat(run("dump-logs", "--base", "E00", folder.toString()).exit()).isZero();
    }

    // ---- dump-checkpoint (/mk)

    @Test
    void dumpCheckpointShowsTheGenerationRecoveryStartsFrom() {
        Run r = run("dump-checkpoint", file("E00.chk"));

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Checkpoint file: E00.chk").contains("generation 1 (0x1)");
        JsonNode j = run("dump-checkpoint", "--json", file("E00.chk")).json();
        assertThat(j.get("result").get("generation").asInt()).isEqualTo(1);
        assertThat(j.get("result").get("checkpoint").get("text").asText()).startsWith("(0x1,");
    }

    // ---- recover (/r)

    @Test
    void recoverReplaysTheLogsAndLeavesTheDatabaseConsistent() {
        Run r = run("recover", folder.toString());

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("Replayed generations: 0x1, 0x2, 0x3, 0x4").endsWith("Operation completed successfully.\n");
        assertThat(run("dump-header", file("priv1.edb")).out()).contains("State: Clean Shutdown").contains("Log Required: 0-0");
    }

    @Test
    void recoverAsJson() {
        JsonNode j = run("recover", "--json", folder.toString()).json();

        assertThat(j.get("result").get("profile").asText()).isEqualTo("EXCHANGE_2000");
        assertThat(j.get("result").get("recovery").get("succeeded").asBoolean()).isTrue();
        assertThat(j.get("result").get("recovery").get("replayedGenerations")).hasSize(4);
        assertThat(j.get("result").get("recovery").get("events").get(0).get("source").asText()).isEqualTo("ESE98");
    }

    @Test
    void recoverWithoutTheCurrentLogFailsWithMissingLogFile() {
        StreamFolder.delete(folder.resolve("E00.log"));

        Run r = run("recover", folder.toString());

        assertThat(r.out()).contains("ESE98 455 ERROR").contains("Operation terminated with error -528 (JET_errMissingLogFile");
        assertOneLineNaming(r, file("E00.log"), JetError.JET_errMissingLogFile);
        assertThat(run("dump-header", file("priv1.edb")).out()).contains("State: Dirty Shutdown");
    }

    @Test
    void recoveringTwoCopiesOfAFolderWritesTheSameBytes(@TempDir Path copy) throws IOException {
        for (Path p : Files.list(folder).toList()) {
            Files.copy(p, copy.resolve(p.getFileName()));
        }

        assertThat(run("recover", folder.toString()).exit()).isZero();
        assertThat(run("recover", copy.toString()).exit()).isZero();

        assertThat(FolderHashes.of(copy)).isEqualTo(FolderHashes.of(folder));
    }

    @Test
    void anUnknownProfileIsAUsageError() {
        Run r = run("recover", "--profile", "Exchange 2010", folder.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("EXCHANGE_2000");
    }

    // ---- read-only: not a byte changes

    @Test
    void theDumpCommandsNeverChangeAByte() {
        StreamFolder.flipByte(folder.resolve("E0000003.log"), 4096 + 40);
        StreamFolder.copy(folder.resolve("E00.log"), folder.resolve("E00tmp.log"));
        Map<String, String> before = FolderHashes.of(folder);
        List<String[]> commands = new ArrayList<>();
        for (String json : new String[] {"--json", "--help"}) {
            commands.add(new String[] {"dump-header", file("priv1.edb"), json});
            commands.add(new String[] {"dump-checkpoint", file("E00.chk"), json});
            commands.add(new String[] {"dump-logs", folder.toString(), json});
            for (String name : before.keySet()) {
                commands.add(new String[] {"dump-log", file(name), json});
            }
        }
        commands.add(new String[] {"dump-header", file("priv1.edb")});
        commands.add(new String[] {"dump-checkpoint", file("E00.chk")});
        commands.add(new String[] {"dump-logs", folder.toString()});

        for (String[] command : commands) {
            run(command);
            assertThat(FolderHashes.of(folder)).as(String.join(" ", command)).isEqualTo(before);
        }
    }

    // ---- bad input: one line naming the file and the JET error, a non-zero exit, nothing written

    @Test
    void aMissingFolder() {
        Path missing = folder.resolve("no-such-folder");
        Map<String, String> before = FolderHashes.of(folder);

        for (String command : new String[] {"dump-logs", "recover"}) {
            Run r = run(command, missing.toString());
            assertOneLineNaming(r, missing.toString(), JetError.JET_errInvalidPath);
            assertThat(r.exit()).isEqualTo(ExitCodes.IO);
        }
        assertThat(missing).doesNotExist();
        assertThat(FolderHashes.of(folder)).isEqualTo(before);
    }

    @Test
    void aMissingFile() {
        Run r = run("dump-log", file("E0000099.log"));

        assertOneLineNaming(r, file("E0000099.log"), JetError.JET_errFileNotFound);
        assertThat(r.exit()).isEqualTo(ExitCodes.IO);
        assertThat(folder.resolve("E0000099.log")).doesNotExist();
    }

    @Test
    void aFileThatIsNotALog() throws IOException {
        Files.writeString(folder.resolve("notes.txt"), "E0000015.log is damaged: see the article\n".repeat(200));
        Map<String, String> before = FolderHashes.of(folder);

        Run r = run("dump-log", file("notes.txt"));

        assertThat(r.exit()).isNotZero();
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains(file("notes.txt")).contains("JET_err").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
        assertThat(FolderHashes.of(folder)).isEqualTo(before);
    }

    @Test
    void aDatabaseGivenAsALogIsTheWrongKindOfFile() {
        Run r = run("dump-log", file("priv1.edb"));

        assertThat(r.exit()).isNotZero();
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains(file("priv1.edb")).contains("JET_err");
    }

    @Test
    void aLogGivenAsADatabaseOrACheckpointIsTheWrongKindOfFile() {
        assertOneLineNaming(run("dump-header", file("E00.log")), file("E00.log"), JetError.JET_errFileInvalidType);
        assertOneLineNaming(run("dump-checkpoint", file("E00.log")), file("E00.log"), JetError.JET_errFileInvalidType);
    }

    @Test
    void truncatedHeaders() throws IOException {
        truncate("E0000002.log", 100);
        truncate("priv1.edb", 1000);
        truncate("E00.chk", 10);
        Map<String, String> before = FolderHashes.of(folder);

        assertOneLineNaming(run("dump-log", file("E0000002.log")), file("E0000002.log"), JetError.JET_errLogFileCorrupt);
        assertOneLineNaming(run("dump-header", file("priv1.edb")), file("priv1.edb"), JetError.JET_errDatabaseCorrupted);
        assertOneLineNaming(run("dump-checkpoint", file("E00.chk")), file("E00.chk"), JetError.JET_errCheckpointCorrupt);
        assertThat(FolderHashes.of(folder)).isEqualTo(before);
    }

    @Test
    void aFolderGivenAsAFile() {
        assertOneLineNaming(run("dump-log", folder.toString()), folder.toString(), JetError.JET_errInvalidPath);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dump-header", "dump-log", "dump-logs", "dump-checkpoint", "list", "recover", "mount", "restore", "restore-recover",
            "advise"})
    void anUnknownSwitchIsAUsageError(String command) {
        Map<String, String> before = FolderHashes.of(folder);

        Run r = run(command, "/ml", "--frobnicate", folder.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("--frobnicate").contains("eserecover " + command + " --help").doesNotContain("Exception");
        assertThat(FolderHashes.of(folder)).isEqualTo(before);
    }

    private void truncate(String name, int bytes) throws IOException {
        Path p = folder.resolve(name);
        byte[] all = Files.readAllBytes(p);
        Files.write(p, java.util.Arrays.copyOf(all, bytes));
    }
}
