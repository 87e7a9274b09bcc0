package ese.recovery.engine;

import ese.recovery.io.NioDisk;
import ese.recovery.log.LogFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Same seed, same workload: the same files, byte for byte. Another seed: another log signature. */
class StoreFilesDeterminismTest {
    private static final int LOG_BYTES = 64 * 1024;

    private static Map<String, byte[]> run(Path folder, long seed) throws IOException {
        Store store = Store.create(EngineConfig.inFolder(folder, EngineProfile.EXCHANGE_2000, seed, LOG_BYTES));
        Workload work = new Workload(store);
        work.fillUntil(3, 4);
        store.advanceCheckpoint();
        work.commit(2);
        store.dismount();
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void the_same_seed_and_workload_in_two_folders_write_byte_identical_files(@TempDir Path a, @TempDir Path b) throws IOException {
        Map<String, byte[]> first = run(a, 42);
        Map<String, byte[]> second = run(b, 42);
        assertThat(first.keySet()).contains("E00.log", "E0000001.log", "E0000002.log", "E00.chk", "priv1.edb");
        assertThat(second.keySet()).isEqualTo(first.keySet());
        for (String name : first.keySet()) {
            assertThat(second.get(name)).as(name).isEqualTo(first.get(name));
        }
    }

    @Test
    void another_seed_gives_another_log_signature(@TempDir Path a, @TempDir Path b) throws IOException {
        run(a, 42);
        run(b, 43);
        NioDisk disk = new NioDisk();
        for (String log : List.of("E0000001.log", "E00.log")) {
            assertThat(LogFile.readHeader(disk, b.resolve(log)).logSignature())
                    .isNotEqualTo(LogFile.readHeader(disk, a.resolve(log)).logSignature());
        }
    }
}
