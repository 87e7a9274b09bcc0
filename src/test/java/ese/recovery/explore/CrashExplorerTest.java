package ese.recovery.explore;

import ese.recovery.engine.EngineProfile;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full exploration: every workload of up to three actions over the whole alphabet, crashed at every
 * persistence point (in the workload and in the recovery after it) and damaged in every kind, on Exchange
 * 2000 (patch files, restore.env). A violation prints the case; {@link #replay} runs it alone.
 */
class CrashExplorerTest {
    static final long SEED = 812592;

    @Test
    void everyStateKeepsTheInvariants() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        Explorer.Report report = new Explorer(EngineProfile.EXCHANGE_2000, Long.getLong("explore.seed", SEED),
                Integer.getInteger("explore.actions", 3), threads, Arrays.asList(Action.values())).explore();
        System.out.println("Crash exploration: " + report);
        report.violations().forEach(v -> System.out.println(v.getMessage()));
        if (!report.violations().isEmpty()) {
            throw report.violations().get(0);
        }
        assertThat(report.states()).isPositive();
    }

    /**
     * Replays one case, as a violation prints it: {@code ./mvnw test -Dtest=CrashExplorerTest#replay -Dexplore.case="..."}.
     * Without the property it replays a torn write in the middle of an online backup.
     */
    @Test
    void replay() {
        Explorer.replay(Case.parse(System.getProperty("explore.case", "EXCHANGE_2000/812592/COMMIT,ONLINE_BACKUP,RESTORE/workload:30:TORN:1")));
    }
}
