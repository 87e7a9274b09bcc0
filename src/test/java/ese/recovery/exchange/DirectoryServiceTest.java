package ese.recovery.exchange;

import ese.recovery.backup.BackupProgram;
import ese.recovery.backup.BackupSet;
import ese.recovery.cluster.Cluster;
import ese.recovery.cluster.ClusterAdministrator;
import ese.recovery.cluster.ClusterResource;
import ese.recovery.cluster.ResourceState;
import ese.recovery.engine.EngineClock;
import ese.recovery.engine.RecoveryResult;
import ese.recovery.engine.Workload;
import ese.recovery.host.EventRecord;
import ese.recovery.host.RegistryData;
import ese.recovery.host.Server;
import ese.recovery.host.ServiceStart;
import ese.recovery.io.NioDisk;
import ese.recovery.jet.JetError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryServiceTest {
    static final ExchangeService.Role DS = ExchangeService.Role.DIRECTORY;
    static final String KEY = RestoreInProgress.key(DS.key());

    @TempDir
    Path dir;
    Server server;
    ExchangeService directory;
    BackupProgram backup;
    List<Workload.Committed> committed;

    @BeforeEach
    void server() {
        var disk = NioDisk.unforced();
        server = Server.in(disk, dir.resolve("EXCHSRV01"), "EXCHSRV01", EngineClock.simulated(Instant.parse("2026-01-05T10:00:00Z"), Duration.ofSeconds(1)));
        directory = ExchangeService.install(server, DS, dir.resolve("EXCHSRV01").resolve("dsadata"), 64 * 1024, 188674);
        backup = new BackupProgram(server);
    }

    /** Runs the directory until EDB.log is generation 3, backs it up online, stops it and loses dsadata. */
    private BackupSet backedUpThenLost() {
        assertThat(server.services().start("MSExchangeDS").running()).isTrue();
        committed = new Workload(directory.store()).fillUntil(3, 2);
        BackupSet set = backup.onlineBackup(directory, dir.resolve("tape"));
        server.services().stop("MSExchangeDS");
        Path dsadata = dir.resolve("EXCHSRV01").resolve("dsadata");
        for (Path p : server.disk().list(dsadata)) {
            server.disk().delete(p);
        }
        return set;
    }

    @Test
    void theRestoreWritesTheKeyWithTheValuesOfKbQ200941() {
        BackupSet set = backedUpThenLost();

        BackupProgram.RestoreOutcome outcome = backup.onlineRestore(directory, set, false);

        assertThat(outcome.serviceStart()).isEmpty();
        assertThat(server.registry().values(KEY)).containsOnlyKeys("LowLog Number", "HighLog Number", "EDB_RstMap", "EDB_RstMap Size",
                "LogPath", "BackupLogPath", "CheckpointFilePath", "EDB Database recovered");
        assertThat(server.registry().value(KEY, "LowLog Number")).contains(new RegistryData.Dword(set.generationLow()));
        assertThat(server.registry().value(KEY, "HighLog Number")).contains(new RegistryData.Dword(set.generationHigh()));
        assertThat(server.registry().value(KEY, "EDB Database recovered")).contains(new RegistryData.Binary(new byte[]{0}));
    }

    @Test
    void withTheKeyTheDirectoryRunsHardRecoveryAndDeletesTheKey() {
        backup.onlineRestore(directory, backedUpThenLost(), false);

        ServiceStart start = server.services().start("MSExchangeDS");

        assertThat(start.running()).as("%s", start).isTrue();
        assertThat(server.registry().keyExists(KEY)).isFalse();
        assertThat(directory.recoveries()).extracting(RecoveryResult::kind).containsExactly(
                RecoveryResult.Kind.SOFT, RecoveryResult.Kind.HARD, RecoveryResult.Kind.SOFT);
        assertThat(directory.recoveries().get(1).replayedGenerations()).containsExactly(1, 2, 3);
        assertThat(server.disk().exists(dir.resolve("EXCHSRV01/dsadata/EDB.log"))).isTrue();
        for (Workload.Committed c : committed) {
            if (c.generation() <= 3) {
                assertThat(directory.store().page(c.page()).orElseThrow().text()).isEqualTo(c.label());
            }
        }
        assertThat(server.applicationLog().records()).noneMatch(e -> e.id() == 1002);
    }

    @Test
    void startServicesAfterRestoreStartsTheDirectoryWhileTheKeyIsThere() {
        BackupProgram.RestoreOutcome outcome = backup.onlineRestore(directory, backedUpThenLost(), true);

        assertThat(outcome.serviceStart()).hasValueSatisfying(s -> assertThat(s.running()).isTrue());
        assertThat(directory.recoveries()).last().satisfies(r -> assertThat(r.kind()).isEqualTo(RecoveryResult.Kind.SOFT));
        assertThat(server.registry().keyExists(KEY)).isFalse();
    }

    @Test
    void withoutTheKeyNormalInitialisationFindsNoEdbLogAndFailsWith528() {
        backup.onlineRestore(directory, backedUpThenLost(), false);
        server.registry().deleteKey(KEY);

        ServiceStart start = server.services().start("MSExchangeDS");

        assertThat(start.running()).isFalse();
        assertThat(start.serviceSpecificError()).hasValue(4294966768L);
        EventRecord e = server.applicationLog().records().stream().filter(r -> r.id() == 1002).findFirst().orElseThrow();
        assertThat(e.source()).isEqualTo("MSExchangeDS");
        assertThat(e.description()).contains("returned error -528.");
        assertThat(e.carries(JetError.JET_errMissingLogFile)).isTrue();
    }

    @Test
    void aMissingParameterIsEvent1016AndThen1002WithError1() {
        server.registry().deleteKey(DS.key() + "\\Parameters");

        ServiceStart start = server.services().start("MSExchangeDS");

        assertThat(start.running()).isFalse();
        assertThat(server.applicationLog().records()).extracting(EventRecord::id).containsExactly(1016, 1002);
    }

    @Test
    void onAClusterTheCheckpointErasesTheKeyAndTheResourceFailsUnlessTheServiceIsStartedFirst() {
        Cluster cluster = Cluster.on(server, dir.resolve("quorum"));
        ClusterResource resource = cluster.addGenericService(cluster.createGroup("Exchange"), "Microsoft Exchange Directory", "MSExchangeDS", Optional.empty());
        cluster.addRegistryCheckpoint(resource, DS.key());
        ClusterAdministrator admin = new ClusterAdministrator(cluster);
        assertThat(admin.bringOnline("Microsoft Exchange Directory")).isEqualTo(ResourceState.ONLINE);
        committed = new Workload(directory.store()).fillUntil(3, 2);
        BackupSet set = backup.onlineBackup(directory, dir.resolve("tape"));
        admin.takeOffline("Microsoft Exchange Directory");
        for (Path p : server.disk().list(dir.resolve("EXCHSRV01").resolve("dsadata"))) {
            server.disk().delete(p);
        }
        backup.onlineRestore(directory, set, false);

        assertThat(admin.bringOnline("Microsoft Exchange Directory")).isEqualTo(ResourceState.FAILED);
        assertThat(server.systemLog().records()).extracting(EventRecord::id).containsExactly(1042);
        assertThat(server.applicationLog().records()).anyMatch(e -> e.id() == 1002 && e.carries(JetError.JET_errMissingLogFile));

        admin.takeOffline("Microsoft Exchange Directory");
        backup.onlineRestore(directory, set, true);
        assertThat(admin.bringOnline("Microsoft Exchange Directory")).isEqualTo(ResourceState.ONLINE);
        assertThat(server.systemLog().records()).extracting(EventRecord::id).containsExactly(1042, 1024);
    }
}
