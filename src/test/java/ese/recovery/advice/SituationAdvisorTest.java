package ese.recovery.advice;

import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.RecoveryResult;
import ese.recovery.engine.SoftRecovery;
import ese.recovery.engine.Store;
import ese.recovery.engine.Workload;
import ese.recovery.io.Damage;
import ese.recovery.io.NioDisk;
import ese.recovery.jet.JetError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SituationAdvisorTest {
    private static final int LOG_BYTES = 64 * 1024;

    @TempDir
    Path folder;

    private EngineConfig config(EngineProfile profile) {
        return EngineConfig.inFolder(folder, profile, 7, LOG_BYTES).withDisk(NioDisk.unforced());
    }

    private EngineConfig crashedAt(EngineProfile profile, int generation) {
        EngineConfig config = config(profile);
        Store store = Store.create(config);
        new Workload(store).fillUntil(generation, 2);
        store.crash();
        return config;
    }

    @Test
    void aCrashWithEveryLogInPlaceIsSoftRecoveryAndNothingBlocks() {
        EngineConfig config = crashedAt(EngineProfile.EXCHANGE_2000_SP2, 4);
        SituationReport advice = SituationAdvisor.examine(config.disk(), folder);
        assertThat(advice.first().map(Finding::situation)).contains(Situation.SOFT_RECOVERY_WILL_RUN);
        assertThat(advice.findings()).noneMatch(f -> f.situation().blocking());
    }

    @Test
    void examiningChangesNoByteInTheFolder() throws IOException {
        EngineConfig config = crashedAt(EngineProfile.EXCHANGE_2000, 5);
        Damage.logRecords(config.disk(), config.numberedLog(3));
        Map<Path, byte[]> before = snapshot();
        SituationAdvisor.examine(config.disk(), folder);
        Map<Path, byte[]> after = snapshot();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((p, bytes) -> assertThat(Arrays.equals(bytes, after.get(p))).as("%s unchanged", p).isTrue());
    }

    @Test
    void theEngineIsTakenFromTheFileNames() {
        crashedAt(EngineProfile.EXCHANGE_5_5, 2);
        assertThat(SituationAdvisor.profileOf(new NioDisk(), folder)).isEqualTo(EngineProfile.EXCHANGE_5_5);
    }

    @Test
    void exchange2000LogsWithoutPatchFilesAreSp2() {
        crashedAt(EngineProfile.EXCHANGE_2000, 2);
        assertThat(SituationAdvisor.profileOf(new NioDisk(), folder)).isEqualTo(EngineProfile.EXCHANGE_2000_SP2);
    }

    @Test
    void blockingFindingsComeFirst() throws IOException {
        EngineConfig config = crashedAt(EngineProfile.EXCHANGE_2000, 5);
        Files.delete(config.checkpointFile());
        Damage.logRecords(config.disk(), config.numberedLog(3));
        SituationReport advice = SituationAdvisor.examine(config.disk(), folder);
        assertThat(advice.first().map(Finding::situation)).contains(Situation.DAMAGED_LOG_NEEDED_BY_THE_DATABASE);
        assertThat(advice.recognises(Situation.CHECKPOINT_MISSING)).isTrue();
        List<Boolean> blocking = advice.findings().stream().map(f -> f.situation().blocking()).toList();
        assertThat(blocking).isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
    }

    @Test
    void aMissingCurrentLogIsRenamingOnlyOverACleanDatabase() throws IOException {
        EngineConfig dirty = crashedAt(EngineProfile.EXCHANGE_2000, 4);
        Files.delete(dirty.currentLog());
        Finding overDirty = SituationAdvisor.examine(dirty.disk(), folder).first().orElseThrow();
        assertThat(overDirty.situation()).isEqualTo(Situation.CURRENT_LOG_MISSING);
        assertThat(overDirty.notToDo()).anySatisfy(s -> assertThat(s).startsWith("rename E0000003.log to E00.log"));
    }

    /** The advisor names the error the engine then meets: the first blocking finding agrees with soft recovery. */
    @Test
    void theFirstBlockingFindingNamesTheErrorSoftRecoveryMeets() throws IOException {
        record Case(String name, java.util.function.Consumer<EngineConfig> damage) {
        }
        List<Case> cases = List.of(
                new Case("hole", c -> c.disk().delete(c.numberedLog(2))),
                new Case("database missing", c -> c.disk().delete(c.databaseFile())),
                new Case("damaged log", c -> Damage.logRecords(c.disk(), c.numberedLog(2))),
                new Case("no logs", c -> {
                    for (int g = 1; g < 4; g++) {
                        c.disk().delete(c.numberedLog(g));
                    }
                    c.disk().delete(c.currentLog());
                }));
        for (Case k : cases) {
            clear();
            EngineConfig config = crashedAt(EngineProfile.EXCHANGE_2000, 4);
            k.damage().accept(config);
            Optional<JetError> advised = SituationAdvisor.examine(config.disk(), folder).first().flatMap(Finding::error);
            RecoveryResult recovery = SoftRecovery.run(config);
            assertThat(advised).as("%s: advised", k.name()).isPresent();
            assertThat(recovery.error()).as("%s: %s", k.name(), recovery).isEqualTo(advised);
        }
    }

    @Test
    void situationsAreKnownByTheirWords() {
        for (Situation s : Situation.values()) {
            assertThat(Situation.known(s.words())).isEqualTo(s);
        }
        assertThatThrownBy(() -> Situation.known("a situation nobody knows")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFindingWithoutASourceIsRefused() {
        assertThatThrownBy(() -> new Finding(Situation.NOTHING_TO_RECOVER, Optional.empty(), List.of(), List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Map<Path, byte[]> snapshot() throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(p, Files.readAllBytes(p));
            }
        }
        return files;
    }

    private void clear() throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                if (!p.equals(folder)) {
                    Files.delete(p);
                }
            }
        }
    }
}
