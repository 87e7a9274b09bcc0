package ese.recovery.engine;

import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Work asked of a store after it stopped is a JET error, -1029 JET_errNotInitialized, never an unchecked exception. */
class StoreNotMountedTest {
    @TempDir
    Path folder;

    @Test
    void aStoppedStoreRefusesTransactionsLogRollsAndTheCheckpointWithMinus1029() {
        Store store = Store.create(EngineConfig.inFolder(folder, EngineProfile.EXCHANGE_2000, 812592, 64 * 1024));
        Workload work = new Workload(store);
        store.dismount();

        assertThatThrownBy(() -> work.commit(1)).isInstanceOf(JetException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((JetException) e).error()).isEqualTo(JetError.JET_errNotInitialized));
        assertThatThrownBy(store::rollLog).isInstanceOf(JetException.class).hasMessageContaining("-1029 JET_errNotInitialized");
        assertThatThrownBy(store::advanceCheckpoint).isInstanceOf(JetException.class).hasMessageContaining("not mounted");
        assertThatThrownBy(store::dismount).isInstanceOf(JetException.class);
        assertThatThrownBy(store::crash).isInstanceOf(JetException.class);
    }
}
