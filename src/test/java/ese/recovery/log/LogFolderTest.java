package ese.recovery.log;

import ese.recovery.io.NioDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LogFolderTest {
    private static final LogNames E00 = new LogNames("E00");

    @TempDir
    Path folder;

    private LogFolder with(int... generations) throws IOException {
        for (int g : generations) {
            Files.createFile(folder.resolve(E00.numbered(g)));
        }
        Files.createFile(folder.resolve(E00.current()));
        return LogFolder.read(NioDisk.unforced(), folder, E00);
    }

    @Test
    void theNumberedLogsAreListedByGeneration() throws IOException {
        LogFolder logs = with(0x13, 0x14, 0x16, 0x18);
        assertThat(logs.numbered().keySet()).containsExactly(0x13, 0x14, 0x16, 0x18);
        assertThat(logs.lowestNumbered()).contains(0x13);
        assertThat(logs.highestNumbered()).contains(0x18);
        assertThat(logs.current()).contains(folder.resolve("E00.log"));
    }

    @Test
    void namesUpToTheGenerationCeilingAreListed() throws IOException {
        assertThat(with(0xFFFED, 0xFFFEE, 0xFFFEF).numbered().keySet()).containsExactly(0xFFFED, 0xFFFEE, 0xFFFEF);
    }
}
