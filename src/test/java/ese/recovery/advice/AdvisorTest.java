package ese.recovery.advice;

import ese.recovery.backup.BackupSet;
import ese.recovery.backup.Restore;
import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.EngineProfile;
import ese.recovery.io.NioDisk;
import ese.recovery.io.ReadOnlyDisk;
import ese.recovery.log.StreamFolder;
import ese.recovery.situation.Situation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The advice on the articles' situations, read from their folders. */
class AdvisorTest {
    @TempDir
    Path folder;

    private Advice advice() {
        return Advisor.advise(new ReadOnlyDisk(new NioDisk()), folder);
    }

    @Test
    void e0000015DoNotRenameRestoreTheOnlineBackupAndRunHardRecovery() {
        Situation.E0000015.make(folder, EngineProfile.EXCHANGE_2000, Situation.DEFAULT_SEED);

        Advice a = advice();

        assertThat(a.rule()).isEqualTo(Advice.Rule.DO_NOT_MANIPULATE_LOGS);
        assertThat(a.summary()).contains("Soft recovery fails on this database", "E0000015.log", "Do not rename logs");
        assertThat(a.steps()).anySatisfy(s -> assertThat(s).startsWith("Remove E0000015.log").contains("E00.log"))
                .anySatisfy(s -> assertThat(s).contains("restore " + folder.resolve("online-backup")))
                .anySatisfy(s -> assertThat(s).contains("restore-recover"));
        assertThat(a.sources()).extracting(Advice.Source::section)
                .contains("When not to manipulate log files", "Completing a hard recovery does not require that log files be renamed");
        assertThat(a.evidence()).anySatisfy(e -> assertThat(e.toString()).contains("E0000015.log", "-501 JET_errLogFileCorrupt"))
                .anySatisfy(e -> assertThat(e.toString()).contains("Dirty Shutdown", "16-26 (0x10-0x1A)"))
                .anySatisfy(e -> assertThat(e.toString()).contains("an online backup", "1 (0x1) to 15 (0xF)"));
    }

    @Test
    void e00000a7RestoreTheOfflineBackupThenRenameE00000A7() {
        Situation.E00000A7.make(folder, EngineProfile.EXCHANGE_2000, Situation.DEFAULT_SEED);

        Advice a = advice();

        assertThat(a.rule()).isEqualTo(Advice.Rule.RENAME_AFTER_OFFLINE_RESTORE);
        assertThat(a.steps()).first().asString().contains("offline-backup");
        assertThat(a.steps()).contains("Rename E00000A7.log to E00.log.", "Remove the checkpoint E00.chk.");
        assertThat(a.sources()).extracting(Advice.Source::section).contains("When to manipulate the log files");
        assertThat(a.evidence()).anySatisfy(e -> assertThat(e.toString()).contains("page 1"));
    }

    @Test
    void afterTheRestoreCompleteTheHardRecoveryWithoutRenaming() throws IOException {
        Situation.E0000015.make(folder, EngineProfile.EXCHANGE_2000, Situation.DEFAULT_SEED);
        EngineConfig config = EngineConfig.inFolder(folder, EngineProfile.EXCHANGE_2000, 1, Situation.LOG_BYTES);
        for (String name : new String[] {"E0000015.log", "E0000016.log", "E0000017.log", "E0000018.log", "E0000019.log", "E00.log", "E00.chk"}) {
            Files.delete(folder.resolve(name));
        }
        Restore.restore(config, BackupSet.read(config.disk(), folder.resolve("online-backup"), EngineProfile.EXCHANGE_2000), config.restoreFolder());

        Advice a = advice();

        assertThat(a.rule()).isEqualTo(Advice.Rule.COMPLETE_HARD_RECOVERY);
        assertThat(a.doNot()).anySatisfy(d -> assertThat(d).contains("Do not rename"));
        assertThat(a.steps()).first().asString().contains("restore-recover");
        assertThat(a.evidence()).anySatisfy(e -> assertThat(e.toString()).contains("restore.env", "pending"));
    }

    @Test
    void aStoreThatStoppedAbnormallyWithSoundLogsSoftRecovers() {
        StreamFolder.crashedStore(folder, 4);

        assertThat(advice().rule()).isEqualTo(Advice.Rule.SOFT_RECOVERY);
    }

    @Test
    void aFolderWithoutLogsIsNotCovered() {
        assertThat(advice().rule()).isEqualTo(Advice.Rule.NOT_COVERED);
    }
}
