package ese.recovery.engine;

import ese.recovery.io.NioDisk;
import ese.recovery.log.LogFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class WorkloadTest {
    @TempDir
    Path folder;

    @Test
    void rewritingFillsLogsUntilTheGenerationIsCurrentAndRecoveryReplaysThemAll() {
        EngineConfig config = EngineConfig.inFolder(folder, EngineProfile.EXCHANGE_2000, 1, 64 * 1024).withDisk(NioDisk.unforced());
        Store store = Store.create(config);
        int transactions = new Workload(store).rewriteUntil(4, 16, 4, 1000);
        store.crash();

        assertThat(transactions).isGreaterThan(3);
        LogFolder logs = LogFolder.read(config.disk(), folder, config.names());
        assertThat(logs.numbered().keySet()).containsExactly(1, 2, 3);
        RecoveryResult recovery = SoftRecovery.run(config);
        assertThat(recovery.succeeded()).isTrue();
        assertThat(recovery.replayedGenerations()).containsExactly(1, 2, 3, 4);
        assertThat(ese.recovery.database.DatabaseFile.readPages(config.disk(), config.databaseFile())).hasSize(16)
                .allSatisfy((n, page) -> assertThat(page.text()).hasSize(1000).startsWith("transaction "));
    }
}
