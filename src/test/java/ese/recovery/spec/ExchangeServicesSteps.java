package ese.recovery.spec;

import ese.recovery.backup.BackupSet;
import ese.recovery.cluster.Cluster;
import ese.recovery.cluster.ClusterGroup;
import ese.recovery.cluster.ClusterResource;
import ese.recovery.cluster.ResourceState;
import ese.recovery.exchange.ExchangeService;
import ese.recovery.exchange.RestoreInProgress;
import ese.recovery.host.EventLog;
import ese.recovery.host.Registry;
import ese.recovery.host.RegistryData;
import ese.recovery.host.RegistryFile;
import ese.recovery.host.RegistryTree;
import ese.recovery.host.ServiceControlManager;
import ese.recovery.host.ServiceState;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Exchange Server 5.5 services beyond KB Q188674 (features/exchange-services): the information store
 * next to the directory, on a server and as a cluster resource depending on the directory's; an operator's
 * regedit; Event Viewer. The registry is read from its file, as another process reads it.
 */
public class ExchangeServicesSteps {
    private final World world;
    private BackupSet storeTape;

    public ExchangeServicesSteps(World world) {
        this.world = world;
    }

    @Given("an Exchange Server 5.5 cluster whose {string} and {string} resources are online, the second depending on the first, each with a registry checkpoint of its service key")
    public void aClusterWithTheDirectoryAndTheStore(String directoryResource, String storeResource) {
        ExchangeSite site = ExchangeSite.installFor(world, true);
        Cluster cluster = Cluster.on(site.server, world.folder().resolve("quorum"));
        ClusterGroup group = cluster.createGroup("Exchange");
        ClusterResource ds = cluster.addGenericService(group, directoryResource, site.directory.name(), Optional.empty());
        cluster.addRegistryCheckpoint(ds, site.directory.role().key());
        ExchangeService is = store();
        ClusterResource store = cluster.addGenericService(group, storeResource, is.name(), Optional.of(ds));
        cluster.addRegistryCheckpoint(store, is.role().key());
        site.cluster = Optional.of(cluster);
        assertThat(cluster.bringOnline(ds)).isEqualTo(ResourceState.ONLINE);
        assertThat(cluster.bringOnline(store)).isEqualTo(ResourceState.ONLINE);
        site.observe(world);
    }

    /** regedit, another process: it reads the registry file, changes it and writes it back; the server hears of it. */
    private void regedit(Consumer<Registry> edit) {
        edit.accept(Registry.open(world.disk(), world.site.server.registry().file()));
        world.site.server.registry().reread();
    }

    @Given("the key {string} is deleted with regedit")
    public void theKeyIsDeletedWithRegedit(String key) {
        regedit(r -> r.deleteKey(key));
    }

    @Given("the REG_BINARY value {string} of {string} is set to {word} with regedit")
    public void theBinaryValueIsSetWithRegedit(String name, String key, String hex) {
        regedit(r -> r.setValue(key, name, new RegistryData.Binary(HexFormat.of().parseHex(hex))));
    }

    @Given("the restored copy of {log} in the directory's dsadata folder is damaged")
    public void theRestoredCopyInDsadataIsDamaged(String log) {
        Path p = world.site.dsadata().resolve(log);
        assertThat(world.disk().exists(p)).as("%s restored", p).isTrue();
        ese.recovery.io.Damage.logRecords(world.disk(), p);
    }

    @Given("the backup program takes an online backup of the information store")
    public void theBackupProgramBacksUpTheStore() {
        storeTape = world.site.backupProgram.onlineBackup(store(), world.folder().resolve("tape-mdbdata"));
    }

    @Given("the files in the information store's mdbdata folder are lost")
    public void theFilesInMdbdataAreLost() {
        for (Path p : world.disk().list(store().configuration().orElseThrow().logFolder())) {
            world.disk().delete(p);
        }
    }

    @Given("the backup program restores the online backup of the information store")
    public void theBackupProgramRestoresTheStore() {
        world.site.backupProgram.onlineRestore(store(), storeTape, false);
    }

    @When("the information store service is started from the Services dialog in Control Panel")
    public void theStoreIsStartedFromTheServicesDialog() {
        world.sut.startService(world, store().displayName());
        world.site.observe(world);
    }

    @Then("the directory service and the information store service are stopped")
    public void bothServicesAreStopped() {
        assertThat(world.site.server.services().state(world.site.directory.name())).isEqualTo(ServiceState.STOPPED);
        assertThat(world.site.server.services().state(store().name())).isEqualTo(ServiceState.STOPPED);
    }

    @Then("the information store service is not running")
    public void theStoreIsNotRunning() {
        assertThat(world.site.server.services().state(store().name())).isEqualTo(ServiceState.STOPPED);
    }

    @Then("the registry holds the Restore in Progress key for {word}")
    public void theRegistryHoldsTheKey(String service) {
        assertThat(registryFile().keys()).containsKey(RestoreInProgress.key(ServiceControlManager.key(service)));
    }

    @Then("the registry holds the value {string} under {string}")
    public void theRegistryHoldsTheValue(String name, String key) {
        assertThat(registryFile().keys().getOrDefault(RegistryTree.path(key), Map.of())).containsKey(name);
    }

    @Then("Event Viewer shows event {int} of the {word} log from {word}, of type {word}, on computer {word}")
    public void eventViewerShows(int id, String log, String source, String type, String computer) {
        EventLog live = world.site.server.eventLog(log);
        String shown = EventLog.open(world.disk(), live.file(), log, world.site.server.clock(), world.site.server.computerName()).shown();
        assertThat(shown).contains("Event Type:\t" + type + "\nEvent Source:\t" + source + "\n")
                .contains("Event ID:\t" + id + "\n").contains("Computer:\t" + computer + "\n");
    }

    @Then("Cluster Administrator shows {string} in the group {string}: a Generic Service resource, {resourceState}, depending on {string}")
    public void clusterAdministratorShows(String resource, String group, ResourceState state, String dependency) {
        String shown = world.site.cluster.orElseThrow().shown();
        assertThat(shown).startsWith("Group " + group + "\n");
        java.util.List<String> rows = shown.lines().filter(l -> l.startsWith("  " + resource + " ")).toList();
        assertThat(rows).as(shown).hasSize(1);
        assertThat(rows.get(0)).contains(" Generic Service ").contains(" " + state.shown() + " ").endsWith(", depends on " + dependency);
    }

    private RegistryTree registryFile() {
        return RegistryFile.read(world.disk(), world.site.server.registry().file());
    }

    private ExchangeService store() {
        return world.site.informationStore.orElseThrow(() -> new IllegalStateException("this server has no information store"));
    }
}
