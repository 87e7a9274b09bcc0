package ese.recovery.spec;

import ese.recovery.cluster.Cluster;
import ese.recovery.cluster.ClusterResource;
import ese.recovery.cluster.ResourceState;
import ese.recovery.engine.RecoveryResult;
import ese.recovery.host.ServiceState;
import ese.recovery.log.LogFolder;
import ese.recovery.log.LogNames;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The Exchange Server 5.5 server and its services, as the Services dialog in Control Panel shows them. */
public class ExchangeServerSteps {
    private final World world;

    public ExchangeServerSteps(World world) {
        this.world = world;
    }

    @Given("an Exchange Server 5.5 cluster whose {string} resource is online, with a registry checkpoint of {string}")
    public void anExchangeClusterWhoseResourceIsOnline(String resource, String key) {
        ExchangeSite site = ExchangeSite.installFor(world, false);
        Cluster cluster = Cluster.on(site.server, world.folder().resolve("quorum"));
        ClusterResource r = cluster.addGenericService(cluster.createGroup("Exchange"), resource, site.directory.name(), Optional.empty());
        cluster.addRegistryCheckpoint(r, key);
        site.cluster = Optional.of(cluster);
        assertThat(cluster.bringOnline(r)).isEqualTo(ResourceState.ONLINE);
        site.observe(world);
    }

    @Given("an Exchange Server 5.5 server without a cluster, its directory and information store running")
    public void anExchangeServerWithoutACluster() {
        ExchangeSite site = ExchangeSite.installFor(world, true);
        assertThat(site.server.services().start(site.informationStore.orElseThrow().name()).running()).isTrue();
        site.observe(world);
    }

    @Given("the directory commits work until EDB.log is generation {generation}")
    public void theDirectoryCommitsWorkUntil(Integer generation) {
        world.remember(new ese.recovery.engine.Workload(world.site.directory.store()).fillUntil(generation, 3));
    }

    @Given("the Exchange services are stopped")
    public void theExchangeServicesAreStopped() {
        world.sut.stopService(world, world.site.directory.displayName());
    }

    @Given("the files in the directory's dsadata folder are lost")
    public void theFilesInDsadataAreLost() {
        for (Path p : world.disk().list(world.site.dsadata())) {
            world.disk().delete(p);
        }
    }

    @When("the directory service is started from the Services dialog in Control Panel")
    public void theDirectoryServiceIsStartedFromTheServicesDialog() {
        world.sut.startService(world, world.site.directory.displayName());
        world.site.observe(world);
    }

    @When("the Exchange services are started")
    public void theExchangeServicesAreStarted() {
        world.sut.startService(world, world.site.informationStore.orElseThrow().displayName());
        world.site.observe(world);
    }

    @Then("the directory service is running")
    public void theDirectoryServiceIsRunning() {
        assertThat(world.site.server.services().state(world.site.directory.name())).as("%s", world.site.directory.lastStart()).isEqualTo(ServiceState.RUNNING);
    }

    @Then("the information store service is running")
    public void theInformationStoreServiceIsRunning() {
        assertThat(world.site.server.services().state(world.site.informationStore.orElseThrow().name())).as("%s", world.site.directory.lastStart())
                .isEqualTo(ServiceState.RUNNING);
    }

    @Then("the directory service is not running, with service-specific error {long}")
    public void theDirectoryServiceIsNotRunning(Long error) {
        assertThat(world.site.server.services().state(world.site.directory.name())).isEqualTo(ServiceState.STOPPED);
        assertThat(world.site.directory.lastStart()).hasValueSatisfying(s -> assertThat(s.serviceSpecificError()).as("%s", s).hasValue(error));
    }

    @Then("the directory's engine did not run hard recovery")
    public void theDirectorysEngineDidNotRunHardRecovery() {
        assertThat(world.site.directory.recoveries()).extracting(RecoveryResult::kind).isNotEmpty().doesNotContain(RecoveryResult.Kind.HARD);
    }

    @Then("the directory's dsadata folder holds {log} to {log} and no {log}")
    public void theDsadataFolderHolds(String first, String last, String absent) {
        LogNames names = world.config().names();
        LogFolder folder = LogFolder.read(world.disk(), world.site.dsadata(), names);
        List<String> expected = new ArrayList<>();
        for (int g = LogNames.parseGenerationName(first).orElseThrow(); g <= LogNames.parseGenerationName(last).orElseThrow(); g++) {
            expected.add(names.numbered(g));
        }
        assertThat(folder.numbered().values()).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(expected);
        assertThat(world.disk().exists(world.site.dsadata().resolve(absent))).as(absent).isFalse();
    }
}
