package ese.recovery.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.Map;

/** A cluster resource, as Cluster Administrator and cluster.exe bring it online, take it offline and show it. */
@Command(name = "cluster-resource", mixinStandardHelpOptions = true,
        description = {"Brings a resource of a running modelled cluster online, takes it offline, or shows its state, as Cluster "
                + "Administrator and 'cluster res <name> /online|/offline|/status' do: the request goes to the cluster service on the "
                + "node (its control endpoint, <server>/control/endpoint). Online: the resources it depends on first, its registry "
                + "checkpoints written back over the registry, then its service started (KB Q174070); Failed if the service does not "
                + "start. Offline: its checkpoints saved, then its service stopped.",
                "Changes nothing itself: the cluster service writes its checkpoints, the registry and the System event log."},
        footer = EseCommand.EXIT_FOOTER)
final class ClusterResourceCommand extends HostCommand {
    /** The cluster error for a resource that failed to come online. */
    static final long ERROR_RESOURCE_FAILED = 5038;

    @Parameters(index = "0", paramLabel = "<operation>", description = "online, offline or state.")
    Operation operation;

    @Parameters(index = "1", paramLabel = "<resource>", description = "The resource's name, e.g. \"Microsoft Exchange Directory\".")
    String resource;

    enum Operation { online, offline, state }

    @Override
    Outcome run() {
        Map<String, String> status = ask("cluster-resource", operation.name(), resource);
        StringBuilder text = new StringBuilder();
        text.append(String.format("Resource             Group                Status%n"));
        text.append(String.format("-------------------- -------------------- --------------------%n"));
        text.append(String.format("%-20s %-20s %s%n", status.get("resource"), status.get("group"), status.get("resourceState")));
        text.append('\n');
        serviceText(text, status);
        Json.Obj result = Json.object()
                .put("resource", status.get("resource"))
                .put("group", status.get("group"))
                .put("type", status.get("type"))
                .put("state", status.get("resourceState"))
                .put("service", serviceJson(status));
        if (operation == Operation.online && !"Online".equals(status.get("resourceState"))) {
            return started(text.toString(), result, status, "ERROR_RESOURCE_FAILED", ERROR_RESOURCE_FAILED);
        }
        return Outcome.of(text.toString(), result);
    }
}
