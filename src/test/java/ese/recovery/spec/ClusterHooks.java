package ese.recovery.spec;

import ese.recovery.dump.FolderListing;
import ese.recovery.exchange.ExchangeService;
import io.cucumber.java.After;
import io.cucumber.java.Scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Attaches the Exchange server's state to the scenario's report entry: the directory's registry subtree
 * (as {@code reg query /s} prints it), both event logs (as Event Viewer shows them), the services, the cluster
 * (as Cluster Administrator shows it), and a listing of every folder of the scenario.
 */
public class ClusterHooks {
    private final World world;

    public ClusterHooks(World world) {
        this.world = world;
    }

    @After(order = 100)
    public void attachServer(Scenario scenario) {
        ExchangeSite site = world.site;
        if (site == null) {
            return;
        }
        String key = ExchangeService.Role.DIRECTORY.key();
        attach(scenario, "Registry: reg query " + key + " /s", site.server.registry().export(key).query());
        attach(scenario, "Application event log", site.server.applicationLog().shown());
        attach(scenario, "System event log", site.server.systemLog().shown());
        attach(scenario, "Services", site.server.services().shown());
        site.cluster.ifPresent(c -> attach(scenario, "Cluster Administrator", c.shown()));
        attach(scenario, "Folder listings (every folder of the scenario)", listings());
    }

    /** After the attachments: the scenario's server stops answering its control endpoint. */
    @After(order = 10)
    public void shutDownServer() {
        if (world.site != null) {
            world.site.shutDown();
        }
    }

    private String listings() {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> s = Files.walk(world.folder())) {
            List<Path> folders = s.filter(Files::isDirectory).sorted().toList();
            for (Path f : folders) {
                out.append(FolderListing.of(world.disk(), f)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void attach(Scenario scenario, String name, String text) {
        scenario.attach(text.getBytes(StandardCharsets.UTF_8), "text/plain", name);
    }
}
