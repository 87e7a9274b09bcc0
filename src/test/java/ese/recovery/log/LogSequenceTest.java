package ese.recovery.log;

import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.Store;
import ese.recovery.engine.Workload;
import ese.recovery.io.NioDisk;
import ese.recovery.io.ReadOnlyDisk;
import ese.recovery.jet.JetError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The folder-level log sequence verification (eseutil /ml E00) on folders the engine model wrote. */
class LogSequenceTest {
    private static final LogNames E00 = new LogNames("E00");

    @TempDir
    Path folder;

    private LogSequence.Verification verify() {
        return LogSequence.verify(new ReadOnlyDisk(new NioDisk()), folder, E00);
    }

    private static List<JetError> errors(LogSequence.Verification v) {
        return v.findings().stream().map(LogSequence.Finding::error).toList();
    }

    @Test
    void aSoundStreamHasItsRangeFromTheLowestLogToTheCurrentLogAndNoFinding() {
        StreamFolder.crashedStore(folder, 4);

        LogSequence.Verification v = verify();

        assertThat(v.ok()).as("%s", v.findings()).isTrue();
        assertThat(v.lowGeneration()).contains(1);
        assertThat(v.highGeneration()).contains(4);
        assertThat(v.logs()).extracting(c -> c.file().getFileName().toString())
                .containsExactly("E0000001.log", "E0000002.log", "E0000003.log", "E00.log");
        assertThat(v.logs()).extracting(LogSequence.LogCheck::role)
                .containsExactly(LogSequence.Role.NUMBERED, LogSequence.Role.NUMBERED, LogSequence.Role.NUMBERED, LogSequence.Role.CURRENT);
        assertThat(v.logs().get(3).header().orElseThrow().generation()).isEqualTo(4);
    }

    @Test
    void aGenerationMissingFromTheRangeIsMissingLogFile() {
        StreamFolder.crashedStore(folder, 4);
        StreamFolder.delete(folder.resolve("E0000002.log"));

        LogSequence.Verification v = verify();

        assertThat(v.missingGenerations()).containsExactly(2);
        assertThat(v.firstFinding().orElseThrow().error()).isEqualTo(JetError.JET_errMissingLogFile);
        assertThat(v.firstFinding().orElseThrow().file().getFileName()).hasToString("E0000002.log");
        assertThat(v.highGeneration()).contains(4);
    }

    @Test
    void aMissingCurrentLogIsMissingLogFile() {
        StreamFolder.crashedStore(folder, 4);
        StreamFolder.delete(folder.resolve("E00.log"));

        LogSequence.Verification v = verify();

        assertThat(errors(v)).containsExactly(JetError.JET_errMissingLogFile);
        assertThat(v.firstFinding().orElseThrow().file().getFileName()).hasToString("E00.log");
        assertThat(v.highGeneration()).contains(3);
        assertThat(v.missingGenerations()).isEmpty();
    }

    @Test
    void aNumberedLogWhoseHeaderCarriesAnotherGenerationIsLogGenerationMismatch() {
        StreamFolder.crashedStore(folder, 4);
        StreamFolder.copy(folder.resolve("E0000002.log"), folder.resolve("E0000003.log"));

        LogSequence.Verification v = verify();

        assertThat(v.firstFinding().orElseThrow().error()).isEqualTo(JetError.JET_errLogGenerationMismatch);
        assertThat(v.firstFinding().orElseThrow().file().getFileName()).hasToString("E0000003.log");
    }

    @Test
    void aCurrentLogThatDoesNotFollowTheHighestNumberedLogIsLogGenerationMismatch() {
        StreamFolder.crashedStore(folder, 4);
        StreamFolder.copy(folder.resolve("E0000002.log"), folder.resolve("E00.log"));

        LogSequence.Verification v = verify();

        assertThat(errors(v)).containsExactly(JetError.JET_errLogGenerationMismatch);
        assertThat(v.firstFinding().orElseThrow().detail()).contains("should be 4 (0x4)").contains("header says 2 (0x2)");
    }

    @Test
    void aLogOfAnotherLogStreamIsBadLogSignature(@TempDir Path other) {
        StreamFolder.crashedStore(folder, 4);
        StreamFolder.crashedStore(other, EngineProfile.EXCHANGE_2000, 188674, 4);
        StreamFolder.copy(other.resolve("E0000002.log"), folder.resolve("E0000002.log"));

        LogSequence.Verification v = verify();

        assertThat(v.firstFinding().orElseThrow().error()).isEqualTo(JetError.JET_errBadLogSignature);
        assertThat(v.firstFinding().orElseThrow().file().getFileName()).hasToString("E0000002.log");
    }

    @Test
    void aLogWhosePreviousGenerationTimeIsNotThePreviousLogsCreationTimeIsInvalidLogSequence(@TempDir Path other) {
        StreamFolder.crashedStore(folder, 4);
        // the same stream (same seed, so the same log signature), but its clock read once more before generation 2
        Store store = Store.create(StreamFolder.config(other, EngineProfile.EXCHANGE_2000, 812592));
        store.advanceCheckpoint();
        new Workload(store).fillUntil(4, 3);
        store.crash();
        StreamFolder.copy(other.resolve("E0000003.log"), folder.resolve("E0000003.log"));

        LogSequence.Verification v = verify();

        // as eseutil, the log after a log out of sequence is not compared with it
        assertThat(errors(v)).containsExactly(JetError.JET_errInvalidLogSequence);
        assertThat(v.findings()).extracting(f -> f.file().getFileName().toString()).containsExactly("E0000003.log");
    }

    @Test
    void aDamagedBlockOfRecordsIsLogFileCorrupt() {
        StreamFolder.crashedStore(folder, 4);
        StreamFolder.flipByte(folder.resolve("E0000002.log"), 4096 + 40);

        LogSequence.Verification v = verify();

        assertThat(errors(v)).containsExactly(JetError.JET_errLogFileCorrupt);
        assertThat(v.logs().get(1).scan()).isPresent();
        assertThat(v.logs().get(1).scan().orElseThrow().damage()).isPresent();
    }

    @Test
    void aLogWhoseHeaderCannotBeReadCarriesTheHeadersError() {
        StreamFolder.crashedStore(folder, 4);
        StreamFolder.flipByte(folder.resolve("E0000003.log"), 30);

        LogSequence.Verification v = verify();

        assertThat(errors(v)).containsExactly(JetError.JET_errLogFileCorrupt);
        assertThat(v.logs().get(2).scan()).isEmpty();
    }

    @Test
    void theNextLogBeingPreparedStandsInForAMissingCurrentLog() {
        StreamFolder.crashedStore(folder, 4);
        StreamFolder.rename(folder.resolve("E00.log"), folder.resolve("E00tmp.log"));

        LogSequence.Verification v = verify();

        assertThat(v.ok()).as("%s", v.findings()).isTrue();
        assertThat(v.logs().get(3).role()).isEqualTo(LogSequence.Role.CURRENT);
        assertThat(v.logs().get(3).file().getFileName()).hasToString("E00tmp.log");
    }

    @Test
    void theHighestNumberedLogRenamedToTheCurrentLogMakesASoundSequence() {
        StreamFolder.crashedStore(folder, 4);
        StreamFolder.delete(folder.resolve("E00.log"));
        StreamFolder.rename(folder.resolve("E0000003.log"), folder.resolve("E00.log"));

        LogSequence.Verification v = verify();

        assertThat(v.ok()).as("%s", v.findings()).isTrue();
        assertThat(v.highGeneration()).contains(3);
    }

    @Test
    void aFolderWithoutTheStreamSaysItsCurrentLogIsMissing() {
        LogSequence.Verification v = verify();

        assertThat(errors(v)).containsExactly(JetError.JET_errMissingLogFile);
        assertThat(v.lowGeneration()).isEmpty();
        assertThat(v.logs()).isEmpty();
    }

    @Test
    void theStreamsOfAFolderAreKnownByTheirNames() {
        StreamFolder.crashedStore(folder, 2);

        assertThat(LogFolder.streams(new NioDisk(), folder)).containsExactly("E00");
        assertThat(LogNames.streamOf("E0000015.log").map(LogNames::base)).contains("E00");
        assertThat(LogNames.streamOf("edbtmp.log").map(LogNames::base)).contains("EDB");
        assertThat(LogNames.streamOf("priv1.edb")).isEmpty();
        assertThat(LogNames.streamOf("res1.log")).isEmpty();
    }
}
