package ese.recovery.exchange;

import ese.recovery.engine.RestoreEnvironment;
import ese.recovery.host.Registry;
import ese.recovery.host.RegistryData;
import ese.recovery.host.ServiceControlManager;
import ese.recovery.io.NioDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestoreInProgressTest {
    static final String DS = ServiceControlManager.key("MSExchangeDS");

    @TempDir
    Path dir;

    private Registry registry() {
        return Registry.open(new NioDisk(), dir.resolve("SYSTEM.reg"));
    }

    @Test
    void theKeyWrittenFromARestoreGivesHardRecoveryTheSameEnvironmentBack() {
        Path dsadata = dir.resolve("dsadata");
        RestoreEnvironment env = new RestoreEnvironment(dsadata, 1, 3, dsadata, dsadata, List.of("dir.edb"));
        RestoreInProgress.of(env, List.of(dsadata.resolve("dir.edb"))).write(registry(), DS);

        RestoreInProgress read = RestoreInProgress.read(registry(), DS).orElseThrow();

        assertThat(read.environment()).isEqualTo(env);
        assertThat(read.databaseRecovered()).isFalse();
        assertThat(read.databaseCount()).isEqualTo(1);
    }

    @Test
    void noKeyIsNoRestore() {
        assertThat(RestoreInProgress.read(registry(), DS)).isEmpty();
    }

    @Test
    void markedRecoveredTheKeySays01() {
        Path dsadata = dir.resolve("dsadata");
        Registry r = registry();
        RestoreInProgress.of(new RestoreEnvironment(dsadata, 1, 3, dsadata, dsadata, List.of("dir.edb")), List.of(dsadata.resolve("dir.edb"))).write(r, DS);
        RestoreInProgress.markRecovered(r, DS);
        assertThat(r.value(RestoreInProgress.key(DS), "EDB Database recovered")).contains(new RegistryData.Binary(new byte[]{1}));
        assertThat(RestoreInProgress.read(r, DS).orElseThrow().databaseRecovered()).isTrue();
    }

    @Test
    void aKeyMissingAValueOrWithAValueOfTheWrongTypeIsNamed() {
        Path dsadata = dir.resolve("dsadata");
        Registry r = registry();
        RestoreInProgress.of(new RestoreEnvironment(dsadata, 1, 3, dsadata, dsadata, List.of("dir.edb")), List.of(dsadata.resolve("dir.edb"))).write(r, DS);
        r.setValue(RestoreInProgress.key(DS), "LowLog Number", new RegistryData.Sz("1"));
        assertThatThrownBy(() -> RestoreInProgress.read(r, DS)).isInstanceOf(RestoreInProgress.DamagedKeyException.class)
                .hasMessageContaining("Restore in Progress").hasMessageContaining("LowLog Number is REG_SZ");
    }
}
