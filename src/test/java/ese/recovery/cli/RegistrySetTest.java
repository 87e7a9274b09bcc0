package ese.recovery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import ese.recovery.host.Registry;
import ese.recovery.host.RegistryData;
import ese.recovery.host.Server;
import ese.recovery.io.NioDisk;
import ese.recovery.jet.JetError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static ese.recovery.cli.EseRecoverTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** registry-set, in-process: an operator's regedit on a modelled server's registry file. */
class RegistrySetTest {
    static final String PARAMETERS = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\MSExchangeDS\\Parameters";

    @TempDir
    Path folder;
    Path server;

    @BeforeEach
    void aServerWhoseDirectoryHasParameters() {
        server = folder.resolve("EXCHSRV01");
        Registry r = Registry.open(new NioDisk(), Server.registryFile(server));
        r.setValue(PARAMETERS, "Circular Logging", new RegistryData.Dword(1));
    }

    private Registry reread() {
        return Registry.open(new NioDisk(), Server.registryFile(server));
    }

    @Test
    void setsTheValueInTheServersRegistryFile() {
        EseRecoverTest.Run r = run("registry-set", "--server", server.toString(), PARAMETERS, "Circular Logging", "0x0");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Circular Logging    REG_DWORD    0x0    (was REG_DWORD 0x1)").contains("The operation completed successfully.");
        assertThat(reread().value(PARAMETERS, "Circular Logging")).contains(new RegistryData.Dword(0));
    }

    @Test
    void createsAMissingKeyAndTakesHklmAndDecimal() {
        EseRecoverTest.Run r = run("registry-set", "--json", "--server", server.toString(), "HKLM\\SOFTWARE\\Test", "Count", "31");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("command").asText()).isEqualTo("registry-set");
        assertThat(j.get("error").isNull()).isTrue();
        JsonNode result = j.get("result");
        assertThat(result.get("registryFile").asText()).isEqualTo(Server.registryFile(server).toAbsolutePath().toString());
        assertThat(result.get("key").asText()).isEqualTo("HKEY_LOCAL_MACHINE\\SOFTWARE\\Test");
        assertThat(result.get("name").asText()).isEqualTo("Count");
        assertThat(result.get("type").asText()).isEqualTo("REG_DWORD");
        assertThat(result.get("data").asText()).isEqualTo("0x1f");
        assertThat(result.get("previous").isNull()).isTrue();
        assertThat(reread().value("HKLM\\SOFTWARE\\Test", "count")).contains(new RegistryData.Dword(31));
    }

    @Test
    void theSameEditGivesTheSameBytes(@TempDir Path other) throws IOException {
        Path second = other.resolve("EXCHSRV01");
        Registry.open(new NioDisk(), Server.registryFile(second)).setValue(PARAMETERS, "Circular Logging", new RegistryData.Dword(1));

        run("registry-set", "--server", server.toString(), PARAMETERS, "Circular Logging", "0xffffffff");
        run("registry-set", "--server", second.toString(), PARAMETERS, "Circular Logging", "0xffffffff");

        assertThat(Files.readAllBytes(Server.registryFile(second))).isEqualTo(Files.readAllBytes(Server.registryFile(server)));
        assertThat(Files.readString(Server.registryFile(server), StandardCharsets.ISO_8859_1)).contains("\"Circular Logging\"=dword:ffffffff\r\n");
    }

    @Test
    void badInputIsOneLineANonZeroExitAndWritesNothing() throws IOException {
        Path file = Server.registryFile(server);
        Map<String, String> before = FolderHashes.of(folder);

        List<EseRecoverTest.Run> usage = List.of(
                run("registry-set", "--server", server.toString(), PARAMETERS, "Circular Logging", "0x123456789"),
                run("registry-set", "--server", server.toString(), PARAMETERS, "Circular Logging", "-1"),
                run("registry-set", "--server", server.toString(), "HKEY_CURRENT_USER\\Software", "x", "0x1"),
                run("registry-set", "--server", server.toString(), PARAMETERS + "\\\\Empty", "x", "0x1"),
                run("registry-set", "--server", server.toString(), PARAMETERS, "", "0x1"),
                run("registry-set", PARAMETERS, "Circular Logging", "0x1"));
        EseRecoverTest.Run noFolder = run("registry-set", "--server", folder.resolve("EXCHSRV02").toString(), PARAMETERS, "x", "0x1");
        EseRecoverTest.Run noRegistry = run("registry-set", "--server", folder.toString(), PARAMETERS, "x", "0x1");

        for (EseRecoverTest.Run r : usage) {
            assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
        }
        assertThat(noFolder.exit()).isEqualTo(ExitCodes.IO);
        assertThat(noFolder.err()).contains("EXCHSRV02").contains("-1023 JET_errInvalidPath");
        assertThat(noRegistry.exit()).isEqualTo(ExitCodes.IO);
        assertThat(noRegistry.err()).contains(folder.resolve("registry").resolve("SYSTEM.reg").toString()).contains("-1811 JET_errFileNotFound");
        assertThat(FolderHashes.of(folder)).isEqualTo(before);
        assertThat(file).exists();
    }

    @Test
    void aDamagedRegistryFileIsNotTheExpectedKindAndIsLeftAsItIs() throws IOException {
        Path file = Server.registryFile(server);
        String text = Files.readString(file, StandardCharsets.ISO_8859_1).replace("dword:00000001", "dword:00000002");
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        Map<String, String> before = FolderHashes.of(folder);

        EseRecoverTest.Run r = run("registry-set", "--json", "--server", server.toString(), PARAMETERS, "Circular Logging", "0x0");

        assertThat(r.exit()).isEqualTo(ExitCodes.of(JetError.JET_errFileInvalidType)).isEqualTo(ExitCodes.WRONG_FILE_TYPE);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains(file.toString()).contains("checksum mismatch").contains("-1812 JET_errFileInvalidType").doesNotContain("Exception");
        assertThat(r.json().get("error").get("name").asText()).isEqualTo("JET_errFileInvalidType");
        assertThat(FolderHashes.of(folder)).isEqualTo(before);
    }
}
