package ese.recovery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import ese.recovery.backup.BackupSet;
import ese.recovery.backup.OnlineBackup;
import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.Store;
import ese.recovery.engine.Workload;
import ese.recovery.host.ServerControl;
import ese.recovery.io.NioDisk;
import ese.recovery.jet.JetError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static ese.recovery.cli.EseRecoverTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** backup, in-process through picocli, against a store of this process that answers its backup interface. */
class BackupCommandTest {
    @TempDir
    Path folder;
    Store store;
    ServerControl control;
    ServerControl.Listening listening;

    private void aRunningStore(EngineConfig config) {
        store = Store.create(config);
        new Workload(store).fillUntil(4, 3);
        control = new ServerControl("the store", NioDisk.unforced(), ServerControl.storeEndpointFile(config.systemFolder()), () -> { });
        OnlineBackup.serveOn(control, () -> store);
        listening = control.listen();
    }

    @AfterEach
    void stop() {
        if (listening != null) {
            listening.close();
        }
    }

    @Test
    void aFullBackupIsTakenByTheRunningStoreAndReadsBackAsABackupSet() {
        aRunningStore(EngineConfig.inFolder(folder.resolve("mdbdata"), EngineProfile.EXCHANGE_2000, 812592, 64 * 1024));
        Path backup = folder.resolve("online-backup");

        EseRecoverTest.Run r = control.during(() -> run("backup", "--json", "--store", folder.resolve("mdbdata").toString(), backup.toString()));

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode result = r.json().get("result");
        assertThat(result.get("kind").asText()).isEqualTo("full");
        assertThat(result.get("generationLow").asInt()).isEqualTo(1);
        assertThat(result.get("generationHigh").asInt()).isEqualTo(4);
        assertThat(result.get("logs")).hasSize(4);
        assertThat(result.get("patchFile").asText()).endsWith("priv1.pat");
        BackupSet set = BackupSet.read(new NioDisk(), backup, EngineProfile.EXCHANGE_2000);
        assertThat(set.generationHigh()).isEqualTo(4);
        assertThat(store.currentGeneration()).as("the backup closed the current log").isEqualTo(5);
    }

    @Test
    void anIncrementalBackupUnderCircularLoggingIsRefusedWithMinus526AndWritesNothing() {
        aRunningStore(EngineConfig.inFolder(folder.resolve("mdbdata"), EngineProfile.EXCHANGE_2000, 812592, 64 * 1024).withCircularLogging(true));
        Path backup = folder.resolve("incremental-backup");

        EseRecoverTest.Run r = control.during(() -> run("backup", "--json", "--incremental", "--store", folder.resolve("mdbdata").toString(), backup.toString()));

        assertThat(r.exit()).isEqualTo(ExitCodes.of(JetError.JET_errInvalidBackup));
        assertThat(r.json().get("error").get("name").asText()).isEqualTo("JET_errInvalidBackup");
        assertThat(r.err().strip()).hasLineCount(1).contains("circular logging", "-526 JET_errInvalidBackup");
        assertThat(Files.exists(backup)).isFalse();
    }

    @Test
    void aStoreThatIsNotRunningDoesNotAnswer() {
        Path stopped = folder.resolve("stopped");
        Store.create(EngineConfig.inFolder(stopped, EngineProfile.EXCHANGE_2000, 812592, 64 * 1024)).dismount();

        EseRecoverTest.Run r = run("backup", "--store", stopped.toString(), folder.resolve("b").toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.SERVER_UNAVAILABLE);
        assertThat(r.err().strip()).hasLineCount(1).contains("the store is not running", "1722 RPC_S_SERVER_UNAVAILABLE");
        assertThat(Files.exists(folder.resolve("b"))).isFalse();
    }
}
