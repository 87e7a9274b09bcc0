package ese.recovery.situation;

import ese.recovery.checkpoint.CheckpointFile;
import ese.recovery.database.DatabaseFile;
import ese.recovery.database.DatabaseHeader;
import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.RecoveryResult;
import ese.recovery.engine.SoftRecovery;
import ese.recovery.io.NioDisk;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import ese.recovery.log.LogFolder;
import ese.recovery.log.LogNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The articles' situations, made by the engine, read back: what the article says is there is there. */
class SituationTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(EngineProfile.class)
    void e0000015TheDamagedLogStopsSoftRecoveryAndTheDatabaseRequires0x10To0x1A(EngineProfile profile) {
        Situation.E0000015.make(folder, profile, Situation.DEFAULT_SEED);
        EngineConfig config = EngineConfig.inFolder(folder, profile, 1, Situation.LOG_BYTES);
        LogFolder logs = LogFolder.read(new NioDisk(), folder, config.names());
        assertThat(logs.lowestNumbered()).contains(0x10);
        assertThat(logs.highestNumbered()).contains(0x19);
        DatabaseHeader h = DatabaseFile.readHeader(new NioDisk(), config.databaseFile());
        assertThat(h.logRequired()).isEqualTo("16-26 (0x10-0x1A)");
        assertThat(folder.resolve("online-backup").resolve(profile.databaseName())).exists();
        assertThat(folder.resolve(Situation.README)).content().contains("E0000015", "online-backup");

        RecoveryResult r = SoftRecovery.run(config);
        assertThat(r.error()).contains(JetError.JET_errLogFileCorrupt);
        assertThat(r.file()).contains(folder.resolve(config.names().numbered(0x15)));
    }

    @Test
    void e00000a7TheLogsAreA1ToA7AndE00AndTheCheckpointIsInA4() {
        Situation.E00000A7.make(folder, EngineProfile.EXCHANGE_2000, Situation.DEFAULT_SEED);
        LogFolder logs = LogFolder.read(new NioDisk(), folder, new LogNames("E00"));
        assertThat(logs.numbered().keySet()).containsExactly(0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7);
        assertThat(logs.current()).isPresent();
        assertThat(CheckpointFile.read(new NioDisk(), folder.resolve("E00.chk")).orElseThrow().generation()).isEqualTo(0xA4);
        assertThat(folder.resolve("offline-backup/priv1.edb")).exists();
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndNothingIsOverwritten() throws IOException {
        Path mine = Files.writeString(folder.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> Situation.E0000015.make(folder, EngineProfile.EXCHANGE_2000, 1))
                .isInstanceOfSatisfying(JetException.class, e -> assertThat(e.error()).isEqualTo(JetError.JET_errFileAccessDenied));
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).containsExactly(mine);
        }
        assertThat(mine).hasContent("mine");
    }

    @Test
    void theE00000A7CaseIsAnExchange2000One() {
        assertThatThrownBy(() -> Situation.E00000A7.make(folder, EngineProfile.EXCHANGE_5_5, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
