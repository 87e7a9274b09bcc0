package ese.recovery.host;

import ese.recovery.io.NioDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistryTest {
    private static final String DS = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\MSExchangeDS";
    private static final String KEY = DS + "\\Restore in Progress";

    @TempDir
    Path dir;

    private Registry registry() {
        return Registry.open(new NioDisk(), dir.resolve("registry").resolve("SYSTEM.reg"));
    }

    @Test
    void everyValueTypeSurvivesTheFileAndIsReadBackByANewProcess() {
        Registry r = registry();
        r.setValue(KEY, "LowLog Number", new RegistryData.Dword(1));
        r.setValue(KEY, "HighLog Number", new RegistryData.Dword(0xFFFFFFFF));
        r.setValue(KEY, "LogPath", new RegistryData.Sz("C:\\exchsrvr\\DSADATA \"quoted\""));
        r.setValue(KEY, "EDB_RstMap", new RegistryData.MultiSz(List.of("C:\\a\\dir.edb", "C:\\b\\dir.edb")));
        r.setValue(KEY, "Empty list", new RegistryData.MultiSz(List.of()));
        r.setValue(KEY, "EDB Database recovered", new RegistryData.Binary(new byte[]{0}));

        Registry again = registry();

        assertThat(again.values(KEY)).isEqualTo(r.values(KEY)).hasSize(6);
        assertThat(again.keyExists(DS)).as("the parents are created with the key").isTrue();
    }

    @Test
    void theFileIsARegeditExportAPersonCanRead() throws Exception {
        Registry r = registry();
        r.setValue(KEY, "LowLog Number", new RegistryData.Dword(0x1f));
        r.setValue(KEY, "LogPath", new RegistryData.Sz("C:\\exchsrvr\\DSADATA"));

        String text = Files.readString(r.file(), StandardCharsets.ISO_8859_1);

        assertThat(text).startsWith("REGEDIT4\r\n")
                .contains("[" + KEY + "]\r\n\"LogPath\"=\"C:\\\\exchsrvr\\\\DSADATA\"\r\n\"LowLog Number\"=dword:0000001f\r\n")
                .containsPattern("; CRC-32C 0x[0-9a-f]{8}\r\n$");
    }

    @Test
    void namesAreComparedWithoutRegardToCase() {
        Registry r = registry();
        r.setValue(KEY, "LowLog Number", new RegistryData.Dword(1));
        assertThat(r.value(KEY.toUpperCase(), "lowlog number")).contains(new RegistryData.Dword(1));
    }

    @Test
    void restoringASavedSubtreeErasesKeysAddedSinceAndBringsBackDeletedValues() {
        Registry r = registry();
        r.setValue(DS + "\\Parameters", "DSA Database file", new RegistryData.Sz("C:\\dir.edb"));
        RegistryTree saved = r.export(DS);
        r.setValue(KEY, "LowLog Number", new RegistryData.Dword(1));
        r.deleteKey(DS + "\\Parameters");

        assertThat(r.restore(DS, saved)).isTrue();

        assertThat(r.keyExists(KEY)).isFalse();
        assertThat(r.value(DS + "\\Parameters", "DSA Database file")).isPresent();
        assertThat(registry().keyExists(KEY)).as("on disk too").isFalse();
    }

    @Test
    void aSubtreeHeldOpenByARunningProcessIsNotRestored() {
        Registry r = registry();
        r.setValue(DS, "DisplayName", new RegistryData.Sz("Microsoft Exchange Directory"));
        RegistryTree saved = r.export(DS);
        r.setValue(KEY, "LowLog Number", new RegistryData.Dword(1));
        r.openKey("MSExchangeDS", DS);

        assertThat(r.restore(DS, saved)).isFalse();
        assertThat(r.keyExists(KEY)).isTrue();

        r.closeKeys("MSExchangeDS");
        assertThat(r.restore(DS, saved)).isTrue();
    }

    @Test
    void listenersHearOfChanges() {
        Registry r = registry();
        List<String> heard = new java.util.ArrayList<>();
        r.onChange(heard::add);
        r.setValue(KEY, "LowLog Number", new RegistryData.Dword(1));
        r.deleteKey(KEY);
        r.deleteKey(KEY);
        assertThat(heard).containsExactly(KEY, KEY);
    }

    @Test
    void aChangedByteIsRefusedByTheChecksumAndTheFileIsLeftAsItWas() throws Exception {
        Registry r = registry();
        r.setValue(KEY, "LowLog Number", new RegistryData.Dword(1));
        byte[] bytes = Files.readAllBytes(r.file());
        String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("dword:00000001", "dword:00000002");
        Files.writeString(r.file(), text, StandardCharsets.ISO_8859_1);
        byte[] tampered = Files.readAllBytes(r.file());

        assertThatThrownBy(this::registry).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("SYSTEM.reg").hasMessageContaining("checksum mismatch");
        assertThat(Files.readAllBytes(r.file())).isEqualTo(tampered);
    }

    @Test
    void malformedLinesAreNamedWithTheirLineNumber() {
        assertMalformed("REGEDIT4\r\n\r\n\"orphan\"=dword:00000001\r\n", 3, "a value before any [key] line");
        assertMalformed("REGEDIT4\r\n\r\n[" + DS + "]\r\n\"x\"=dword:1\r\n", 4, "data must be");
        assertMalformed("REGEDIT4\r\n[" + DS + "]\r\n[" + DS.toLowerCase() + "]\r\n", 3, "appears twice");
        assertMalformed("REGEDIT4\r\n[" + DS + "]\r\n\"x\"=dword:00000001\r\n\"X\"=dword:00000002\r\n", 4, "appears twice");
        assertMalformed("REGEDIT5\r\n", 1, "the first line must be REGEDIT4");
        assertMalformed("REGEDIT4\r\n[HKEY_CURRENT_USER\\x]\r\n", 2, "only HKEY_LOCAL_MACHINE");
        assertMalformed("REGEDIT4\r\ngarbage\r\n", 2, "neither a [key]");
        assertMalformed("REGEDIT4\r\n[" + DS + "]\r\n\"x\"=hex(7):41,00\r\n", 3, "hex(7)");
        assertMalformed("REGEDIT4\r\n[" + DS + "]\r\n\"x\"=hex:4g\r\n", 3, "data must be");
    }

    @Test
    void aFileWithoutItsChecksumLineIsIncomplete() {
        byte[] bytes = "REGEDIT4\r\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> RegistryFile.parse(Path.of("SYSTEM.reg"), bytes)).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("SYSTEM.reg").hasMessageContaining("incomplete");
    }

    private static void assertMalformed(String body, int line, String detail) {
        byte[] b = body.getBytes(StandardCharsets.ISO_8859_1);
        String sealed = body + String.format("; CRC-32C 0x%08x\r\n", ese.recovery.jet.Checksum.of(b, 0, b.length));
        assertThatThrownBy(() -> RegistryFile.parse(Path.of("SYSTEM.reg"), sealed.getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> assertThat(e.line()).isEqualTo(line))
                .hasMessageContaining("SYSTEM.reg").hasMessageContaining(detail);
    }

    @Test
    void anotherProcessesChangeIsReadAgainAndEachChangedKeyAnnounced() {
        Registry here = registry();
        here.setValue(KEY, "LowLog Number", new RegistryData.Dword(1));
        here.setValue(DS + "\\Parameters", "Circular Logging", new RegistryData.Dword(1));
        here.openKey("dsamain", KEY);
        List<String> heard = new java.util.ArrayList<>();
        here.onChange(heard::add);
        Registry regedit = registry();
        regedit.setValue(DS + "\\Parameters", "Circular Logging", new RegistryData.Dword(0));
        regedit.setValue(DS + "\\Parameters\\New", "x", new RegistryData.Dword(7));

        List<String> changed = here.reread();

        assertThat(changed).containsExactly(DS + "\\Parameters", DS + "\\Parameters\\New");
        assertThat(heard).isEqualTo(changed);
        assertThat(here.value(DS + "\\Parameters", "Circular Logging")).contains(new RegistryData.Dword(0));
        assertThat(here.holdersWithin(KEY)).as("keys held open stay held").containsExactly("dsamain");
        assertThat(here.reread()).as("nothing changed since").isEmpty();
    }
}
