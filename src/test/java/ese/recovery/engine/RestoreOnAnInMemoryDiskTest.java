package ese.recovery.engine;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import ese.recovery.backup.BackupSet;
import ese.recovery.backup.OnlineBackup;
import ese.recovery.backup.Restore;
import ese.recovery.database.DatabaseFile;
import ese.recovery.database.Page;
import ese.recovery.io.NioDisk;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An online backup restored, then the store mounted (hard recovery from restore.env, then soft recovery),
 * on an in-memory file system: restore.env's folders are read on the file system it is on, and a crash
 * after that mount recovers to the same pages (the Term the restore's stop wrote, before the checkpoint,
 * ends an earlier attachment and does not detach the database again).
 */
class RestoreOnAnInMemoryDiskTest {
    @Test
    void aRestoredStoreMountsAndRecoversTwiceAsOnce() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path root = fs.getPath("/mdbdata");
            EngineConfig config = EngineConfig.inFolder(root, EngineProfile.EXCHANGE_2000, 812592, 16 * 1024).withDisk(NioDisk.unforced());
            Store store = Store.create(config);
            new Workload(store).commit(2);
            BackupSet set = OnlineBackup.take(store, root.resolveSibling("backup-1"));
            new Workload(store).commit(1);
            store.dismount();
            Restore.restore(config, set, Restore.defaultLogFolder(config));

            Store.Mount first = Store.mount(config);
            assertThat(first.mounted()).as("mounted after hard recovery: " + first.recovery()).isTrue();
            assertThat(first.recovery().kind()).isEqualTo(RecoveryResult.Kind.HARD);
            Map<Integer, String> pages = pages(config);
            first.store().orElseThrow().crash();

            Store.Mount again = Store.mount(config);
            assertThat(again.mounted()).as("mounted again after a crash: " + again.recovery()).isTrue();
            assertThat(pages(config)).isEqualTo(pages).isNotEmpty();
        }
    }

    private static Map<Integer, String> pages(EngineConfig config) {
        return DatabaseFile.readPages(config.disk(), config.databaseFile()).values().stream()
                .collect(Collectors.toMap(Page::number, p -> new String(p.data(), java.nio.charset.StandardCharsets.UTF_8)));
    }
}
