package ese.recovery.spec;

import ese.recovery.cluster.RegistryCheckpoint;
import ese.recovery.cluster.ResourceState;
import ese.recovery.exchange.RestoreInProgress;
import ese.recovery.host.RegistryData;
import ese.recovery.host.RegistryTree;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Microsoft Cluster Server, through Cluster Administrator: resources, their states and registry checkpoints. */
public class ClusterSteps {
    private final World world;

    public ClusterSteps(World world) {
        this.world = world;
    }

    /** A resource state as Cluster Administrator shows it: Online, Offline, Failed. */
    @ParameterType("Online|Offline|Failed")
    public ResourceState resourceState(String shown) {
        return Arrays.stream(ResourceState.values()).filter(s -> s.shown().equals(shown)).findFirst().orElseThrow();
    }

    @When("the {string} resource is brought online in Cluster Administrator")
    public void theResourceIsBroughtOnline(String resource) {
        world.sut.bringResourceOnline(world, resource);
        world.site.observe(world);
    }

    @When("the {string} resource is taken offline in Cluster Administrator")
    public void theResourceIsTakenOffline(String resource) {
        world.sut.takeResourceOffline(world, resource);
    }

    @Then("the {string} resource is in the {resourceState} state")
    public void theResourceIsInTheState(String resource, ResourceState state) {
        assertThat(world.site.clusterAdministrator().state(resource)).as("%s", world.site.directory.lastStart()).isEqualTo(state);
    }

    @Then("the registry checkpoint of the {string} resource holds {string} without a Restore in Progress key")
    public void theCheckpointHoldsWithoutTheKey(String resource, String key) {
        RegistryTree saved = checkpoint(resource, key).saved();
        assertThat(saved.keys()).containsKey(key).doesNotContainKey(RestoreInProgress.key(key));
    }

    @Then("the registry checkpoint of the {string} resource holds {string} = {dword} under {string}")
    public void theCheckpointHoldsTheValue(String resource, String name, Integer value, String key) {
        RegistryTree saved = checkpoint(resource, key).saved();
        assertThat(saved.keys().get(key)).as("%s in the checkpoint", key).containsEntry(name, new RegistryData.Dword(value));
    }

    private RegistryCheckpoint checkpoint(String resource, String key) {
        var cluster = world.site.cluster.orElseThrow();
        return cluster.resource(resource).checkpoints().stream().filter(cp -> RegistryTree.within(RegistryTree.path(key), cp.key()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(resource + " has no registry checkpoint covering " + key));
    }
}
