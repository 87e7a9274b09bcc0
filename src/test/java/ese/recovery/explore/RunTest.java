package ese.recovery.explore;

import ese.recovery.engine.EngineProfile;
import ese.recovery.io.FaultyDisk;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workload performed once and watched at every persistence point leaves, for each crash the explorer
 * plans, what a run that really lost power there leaves: the same files byte for byte, the same folders,
 * the same ledger of committed and open work and backups, the same clock and randomness. Every workload
 * of one action, and of two actions that each reach persistence points, on Exchange 2000.
 */
class RunTest {
    private static final long SEED = 812592;

    @Test
    void aCrashSeenAtItsPointLeavesWhatARealCrashThereLeaves() {
        List<List<Action>> workloads = new ArrayList<>();
        workloads.add(List.of());
        for (Action a : Action.values()) {
            workloads.add(List.of(a));
        }
        for (Action[] pair : new Action[][] {{Action.COMMIT, Action.ROLL}, {Action.ONLINE_BACKUP, Action.RESTORE}, {Action.OFFLINE_BACKUP, Action.RESTORE},
                {Action.CHECKPOINT, Action.MOUNT}, {Action.RENAME_LOG, Action.MOUNT}, {Action.ONLINE_BACKUP, Action.HARD_RECOVERY}}) {
            workloads.add(List.of(pair));
        }
        int compared = 0;
        for (List<Action> w : workloads) {
            Run.Performed seen = Run.perform(EngineProfile.EXCHANGE_2000, SEED, w);
            assertThat(seen.crashes().size()).as(w + ": a crash plan per point, two to four each").isBetween(2 * seen.points(), 4 * seen.points());
            for (var e : seen.crashes().entrySet()) {
                FaultyDisk.CrashPlan plan = e.getKey();
                Run.Start observed = e.getValue().start();
                Run.Start real = Run.perform(EngineProfile.EXCHANGE_2000, SEED, w, Optional.of(plan)).after();
                String where = w + " crashed at " + plan;
                assertThat(files(observed)).as(where).isEqualTo(files(real));
                assertThat(observed.memory().folders()).as(where).isEqualTo(real.memory().folders());
                assertThat(ledger(observed.ledger())).as(where).isEqualTo(ledger(real.ledger()));
                assertThat(observed.config().nextRandom()).as(where + ": the randomness goes on alike").isEqualTo(real.config().nextRandom());
                assertThat(observed.config().clock().now()).as(where + ": the clock goes on alike").isEqualTo(real.config().clock().now());
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    private static Map<String, String> files(Run.Start s) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<Path, byte[]> e : s.memory().files().entrySet()) {
            out.put(e.getKey().toString(), Arrays.toString(e.getValue()));
        }
        return out;
    }

    private static String ledger(Run.Ledger l) {
        Map<String, String> backups = new TreeMap<>();
        l.backups.forEach((p, b) -> backups.put(p.toString(), Arrays.toString(b)));
        return l.committed + " | " + l.uncommitted + " | " + backups + " | " + l.lastOnline + " | " + l.lastOffline + " | " + l.lastWasOnline
                + " | " + l.backupCount + " | " + l.discardsCommitted + " | " + l.notes;
    }
}
