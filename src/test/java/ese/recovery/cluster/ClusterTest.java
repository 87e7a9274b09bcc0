package ese.recovery.cluster;

import ese.recovery.engine.EngineClock;
import ese.recovery.host.EventRecord;
import ese.recovery.host.EventType;
import ese.recovery.host.RegistryData;
import ese.recovery.host.Server;
import ese.recovery.host.Service;
import ese.recovery.host.ServiceControlManager;
import ese.recovery.host.ServiceStart;
import ese.recovery.io.NioDisk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterTest {
    static final String DS = ServiceControlManager.key("MSExchangeDS");
    static final String KEY = DS + "\\Restore in Progress";

    @TempDir
    Path dir;
    Server node;
    Cluster cluster;
    ClusterResource directory;
    Watching service;

    /** A service that holds its key open while running and fails to start when told to. */
    final class Watching implements Service {
        boolean running;
        boolean fails;

        public String name() {
            return "MSExchangeDS";
        }

        public String displayName() {
            return "Microsoft Exchange Directory";
        }

        public List<String> dependsOn() {
            return List.of();
        }

        public ServiceStart start() {
            if (fails) {
                return ServiceStart.failed(name(), 4294966768L, "cannot start");
            }
            running = true;
            node.registry().openKey(name(), DS);
            return ServiceStart.started(name(), "running");
        }

        public void stop() {
            running = false;
            node.registry().closeKeys(name());
        }

        public boolean running() {
            return running;
        }
    }

    @BeforeEach
    void cluster() {
        node = Server.in(new NioDisk(), dir.resolve("node"), "EXCHSRV01", EngineClock.simulated(Instant.EPOCH, Duration.ofSeconds(1)));
        service = new Watching();
        node.services().install(service);
        cluster = Cluster.on(node, dir.resolve("quorum"));
        ClusterGroup group = cluster.createGroup("Exchange");
        directory = cluster.addGenericService(group, "Microsoft Exchange Directory", "MSExchangeDS", Optional.empty());
        cluster.addRegistryCheckpoint(directory, DS);
    }

    @Test
    void bringingTheResourceOnlineWritesTheCheckpointBackAndErasesAKeyAddedWhileItWasOffline() {
        node.registry().setValue(KEY, "LowLog Number", new RegistryData.Dword(1));

        ResourceState state = cluster.bringOnline(directory);

        assertThat(state).isEqualTo(ResourceState.ONLINE);
        assertThat(node.registry().keyExists(KEY)).isFalse();
        assertThat(node.systemLog().records()).isEmpty();
    }

    @Test
    void aServiceThatCannotStartLeavesTheResourceFailedAndTheClusterServiceLogs1042() {
        service.fails = true;

        ResourceState state = cluster.bringOnline(directory);

        assertThat(state).isEqualTo(ResourceState.FAILED);
        EventRecord e = node.systemLog().records().get(0);
        assertThat(e.source()).isEqualTo("ClusSvc");
        assertThat(e.id()).isEqualTo(1042);
        assertThat(e.type()).isEqualTo(EventType.ERROR);
        assertThat(e.description()).isEqualTo("Cluster generic service 'Microsoft Exchange Directory' failed.");
    }

    @Test
    void aServiceAlreadyRunningOutsideTheClusterKeepsItsKeysAndTheClusterServiceLogs1024() {
        node.registry().setValue(KEY, "LowLog Number", new RegistryData.Dword(1));
        node.services().start("MSExchangeDS");

        ResourceState state = cluster.bringOnline(directory);

        assertThat(state).isEqualTo(ResourceState.ONLINE);
        assertThat(node.registry().keyExists(KEY)).isTrue();
        assertThat(node.systemLog().records()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(1024);
            assertThat(e.source()).isEqualTo("ClusSvc");
            assertThat(e.description()).contains("could not be restored to registry key " + DS);
        });
    }

    @Test
    void changesWhileOnlineAreSavedToTheCheckpointChangesWhileOfflineAreNot() {
        cluster.bringOnline(directory);
        node.registry().setValue(DS + "\\Parameters", "Circular Logging", new RegistryData.Dword(0));
        cluster.takeOffline(directory);
        node.registry().setValue(DS + "\\Parameters", "Circular Logging", new RegistryData.Dword(1));

        RegistryCheckpoint cp = directory.checkpoints().get(0);

        assertThat(cp.saved().keys().get(DS + "\\Parameters")).containsEntry("Circular Logging", new RegistryData.Dword(0));
        cluster.bringOnline(directory);
        assertThat(node.registry().value(DS + "\\Parameters", "Circular Logging")).contains(new RegistryData.Dword(0));
    }

    @Test
    void theCheckpointIsAFileOnTheQuorumDiskNamedByTheResource() {
        RegistryCheckpoint cp = directory.checkpoints().get(0);
        assertThat(cp.file()).startsWith(dir.resolve("quorum").resolve("MSCS").resolve(directory.id().toString()));
        assertThat(cp.file().getFileName().toString()).isEqualTo("00000001.CPT");
        assertThat(cluster.shown()).contains("Microsoft Exchange Directory", "Generic Service", "Offline");
    }
}
