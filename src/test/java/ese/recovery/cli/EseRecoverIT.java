package ese.recovery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ese.recovery.log.StreamFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bin/eserecover run as a real process on the packaged jar (target/eserecover.jar, written in the
 * `package` phase, before Failsafe runs this class), as a person or another team's script runs it.
 */
class EseRecoverIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path LAUNCHER = PROJECT.resolve("bin/eserecover");

    @TempDir
    Path folder;

    record Run(int exit, String out, String err) {
    }

    static Run eserecover(Path launcher, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Path out = Files.createTempFile("eserecover", ".out");
        Path err = Files.createTempFile("eserecover", ".err");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("eserecover finished within a minute").isTrue();
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static Run eserecover(String... args) throws IOException, InterruptedException {
        return eserecover(LAUNCHER, args);
    }

    @BeforeEach
    void aCrashedStoreWhoseCurrentLogIsGeneration4() {
        StreamFolder.crashedStore(folder, 4);
    }

    @Test
    void theLauncherIsExecutableAndShowsTheHelp() throws Exception {
        assertThat(Files.isExecutable(LAUNCHER)).isTrue();

        Run r = eserecover("--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: eserecover").contains("dump-logs").contains("-528 JET_errMissingLogFile");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void dumpLogsOnASoundFolderChangesNothing() throws Exception {
        Map<String, String> before = FolderHashes.of(folder);

        Run r = eserecover("dump-logs", folder.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Log generation range: 0x1-0x4").endsWith("No damaged log files were found.\n");
        assertThat(FolderHashes.of(folder)).isEqualTo(before);
    }

    @Test
    void aGapExitsWithTheCodeOfMissingLogFileAndOneLine() throws Exception {
        Files.delete(folder.resolve("E0000002.log"));

        Run r = eserecover("dump-logs", "--json", folder.toString());

        assertThat(r.exit()).isEqualTo(16);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains(folder.resolve("E0000002.log").toString()).contains("-528 JET_errMissingLogFile");
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("error").get("name").asText()).isEqualTo("JET_errMissingLogFile");
        assertThat(j.get("result").get("sequence").get("missingGenerations").get(0).asInt()).isEqualTo(2);
    }

    @Test
    void recoverThenTheHeaderShowsCleanShutdown() throws Exception {
        Run recovered = eserecover("recover", folder.toString());
        Run header = eserecover("dump-header", folder.resolve("priv1.edb").toString());

        assertThat(recovered.exit()).as(recovered.err()).isZero();
        assertThat(recovered.out()).contains("Replayed generations: 0x1, 0x2, 0x3, 0x4");
        assertThat(header.out()).contains("State: Clean Shutdown").contains("Log Required: 0-0");
    }

    @Test
    void registrySetWritesTheServersRegistryFileAndNothingElse() throws Exception {
        Path server = folder.resolve("EXCHSRV01");
        ese.recovery.host.Registry.open(new ese.recovery.io.NioDisk(), ese.recovery.host.Server.registryFile(server))
                .setValue(RegistrySetTest.PARAMETERS, "Circular Logging", new ese.recovery.host.RegistryData.Dword(1));
        Map<String, String> before = FolderHashes.of(folder);

        Run set = eserecover("registry-set", "--json", "--server", server.toString(), RegistrySetTest.PARAMETERS, "Circular Logging", "0x0");

        assertThat(set.exit()).as(set.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(set.out()).get("result");
        assertThat(result.get("data").asText()).isEqualTo("0x0");
        assertThat(result.get("previous").get("data").asText()).isEqualTo("0x1");
        Map<String, String> after = FolderHashes.of(folder);
        String reg = server.resolve("registry").resolve("SYSTEM.reg").toString();
        after.keySet().stream().filter(k -> !k.endsWith("SYSTEM.reg")).forEach(k -> assertThat(after.get(k)).as(k).isEqualTo(before.get(k)));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(Files.readString(Path.of(reg), StandardCharsets.ISO_8859_1)).contains("\"Circular Logging\"=dword:00000000\r\n");
    }

    @Test
    void badInputIsOneLineAndANonZeroExit() throws Exception {
        Files.writeString(folder.resolve("notes.txt"), "not a log");
        Map<String, String> before = FolderHashes.of(folder);

        Run notALog = eserecover("dump-log", folder.resolve("notes.txt").toString());
        Run missingFolder = eserecover("dump-logs", folder.resolve("gone").toString());
        Run unknownSwitch = eserecover("dump-header", "--frobnicate", folder.resolve("priv1.edb").toString());

        assertThat(notALog.exit()).isNotZero();
        assertThat(notALog.err().lines().toList()).hasSize(1);
        assertThat(notALog.err()).contains("notes.txt").contains("JET_err");
        assertThat(missingFolder.exit()).isEqualTo(ExitCodes.IO);
        assertThat(missingFolder.err()).contains("gone").contains("-1023 JET_errInvalidPath");
        assertThat(unknownSwitch.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownSwitch.err().lines().toList()).hasSize(1);
        for (Run r : List.of(notALog, missingFolder, unknownSwitch)) {
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(FolderHashes.of(folder)).isEqualTo(before);
    }

    @Test
    void withoutTheJarTheLauncherSaysHowToBuildIt(@TempDir Path checkout) throws Exception {
        Path bin = Files.createDirectories(checkout.resolve("bin"));
        Path launcher = Files.copy(LAUNCHER, bin.resolve("eserecover"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));

        Run r = eserecover(launcher, "--help");

        assertThat(r.exit()).isEqualTo(126);
        assertThat(r.err()).contains("target/eserecover.jar is missing").contains("./mvnw -B package -DskipTests");
        assertThat(r.out()).isEmpty();
    }
}
