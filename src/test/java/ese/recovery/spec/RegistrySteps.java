package ese.recovery.spec;

import ese.recovery.exchange.RestoreInProgress;
import ese.recovery.host.RegistryData;
import ese.recovery.host.RegistryFile;
import ese.recovery.host.RegistryTree;
import ese.recovery.host.ServiceControlManager;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The server's registry, read from its file as a process would read it; an operator's edit goes through the system under test. */
public class RegistrySteps {
    private final World world;

    public RegistrySteps(World world) {
        this.world = world;
    }

    /** A REG_DWORD as regedit shows it: 0x1. */
    @ParameterType("0x[0-9A-Fa-f]{1,8}")
    public Integer dword(String hex) {
        return Integer.parseUnsignedInt(hex.substring(2), 16);
    }

    @When("the registry value {string} of {string} is set to {dword}")
    public void theRegistryValueIsSet(String name, String key, Integer value) {
        world.sut.setRegistryValue(world, key, name, value);
    }

    @Then("the registry holds the key {string} with the values:")
    public void theRegistryHoldsTheKeyWithTheValues(String key, DataTable table) {
        Map<String, RegistryData> values = registryFile().keys().getOrDefault(RegistryTree.path(key), Map.of());
        String dsadata = world.site.dsadata().toString();
        String database = world.config().databaseFile().toString();
        assertThat(values).as("values of %s", key).hasSize(table.height() - 1);
        for (Map<String, String> row : table.asMaps()) {
            RegistryData data = values.get(row.get("name"));
            assertThat(data).as(row.get("name")).isNotNull();
            assertThat(data.type()).as(row.get("name")).isEqualTo(row.get("type"));
            assertThat(data.shown()).as(row.get("name")).isEqualTo(row.get("data").replace("<dsadata>", dsadata).replace("<dir.edb>", database));
        }
    }

    @Then("the registry has no Restore in Progress key for {word}")
    public void theRegistryHasNoRestoreInProgressKey(String service) {
        assertThat(registryFile().keys()).doesNotContainKey(RestoreInProgress.key(ServiceControlManager.key(service)));
    }

    @Then("the registry has no value {string} under {string}")
    public void theRegistryHasNoValue(String name, String key) {
        assertThat(registryFile().keys().getOrDefault(RegistryTree.path(key), Map.of())).doesNotContainKey(name);
    }

    /** The server's registry as another process reads it: its file, read strictly. */
    private RegistryTree registryFile() {
        return RegistryFile.read(world.disk(), world.site.server.registry().file());
    }
}
