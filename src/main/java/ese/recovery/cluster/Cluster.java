package ese.recovery.cluster;

import ese.recovery.host.EventType;
import ese.recovery.host.RegistryTree;
import ese.recovery.host.Server;
import ese.recovery.host.ServerControl;
import ese.recovery.host.ServiceStart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Microsoft Cluster Server (MSCS) on the node that owns the groups: groups of Generic Service resources,
 * their registry checkpoints on the quorum disk, and the cluster service's handling of them (KB Q174070):
 * <ol>
 * <li>a checkpoint added to a resource is saved at once;</li>
 * <li>when the resource is brought online, each checkpoint is written back over the registry, then the
 *     service is started; a checkpoint that cannot be written back (a process outside the cluster holds a
 *     key of it open) is logged in the System log (ClusSvc 1024) and the resource comes online regardless;</li>
 * <li>when the resource is taken offline, its checkpoints are saved;</li>
 * <li>while it is online, a change in a checkpointed subtree is saved to the checkpoint.</li>
 * </ol>
 * A service that cannot start leaves its resource Failed, logged in the System log (ClusSvc 1042).
 * Changes made while the resource is offline are not saved, and are lost when it comes online.
 */
public final class Cluster {
    public static final String SOURCE = "ClusSvc";
    /** A Generic Service resource failed (KB Q188674). */
    public static final int GENERIC_SERVICE_FAILED = 1042;
    /** A registry checkpoint could not be restored (KB Q188674). */
    public static final int CHECKPOINT_NOT_RESTORED = 1024;

    private final Server node;
    private final Path quorum;
    private final Map<String, ClusterGroup> groups = new LinkedHashMap<>();
    private final Map<String, ClusterResource> resources = new LinkedHashMap<>();

    private Cluster(Server node, Path quorum) {
        this.node = node;
        this.quorum = quorum;
        node.registry().onChange(this::registryChanged);
        node.control().register("cluster-resource", this::request);
    }

    /**
     * What cluster.exe and Cluster Administrator send from other processes: {@code cluster-resource
     * online|offline|state <name>}; the reply is the resource's state afterwards and its service's status.
     */
    private Map<String, String> request(List<String> request) {
        if (request.size() != 2) {
            throw new ServerControl.RefusedException("cluster-resource online|offline|state <name>");
        }
        ClusterResource r = resource(request.get(1));
        switch (request.get(0)) {
            case "online" -> bringOnline(r);
            case "offline" -> takeOffline(r);
            case "state" -> { }
            default -> throw new ServerControl.RefusedException("no cluster-resource operation " + request.get(0) + " (online, offline, state)");
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("resource", r.name());
        out.put("group", r.group().name());
        out.put("type", r.type());
        out.put("resourceState", r.state().shown());
        out.putAll(node.services().status(r.serviceName()));
        return out;
    }

    /** The cluster service on {@code node}, its quorum files in {@code quorum}. */
    public static Cluster on(Server node, Path quorum) {
        node.disk().createDirectories(quorum);
        return new Cluster(node, quorum);
    }

    public ClusterGroup createGroup(String name) {
        if (groups.containsKey(name)) {
            throw new IllegalStateException("group " + name + " exists");
        }
        ClusterGroup g = new ClusterGroup(name);
        groups.put(name, g);
        return g;
    }

    /** Adds a Generic Service resource for {@code service}, offline, depending on {@code dependsOn} if given. */
    public ClusterResource addGenericService(ClusterGroup group, String name, String service, Optional<ClusterResource> dependsOn) {
        if (resources.containsKey(name)) {
            throw new IllegalStateException("resource " + name + " exists");
        }
        node.services().service(service);
        UUID id = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        ClusterResource r = new ClusterResource(name, id, service, group, dependsOn);
        resources.put(name, r);
        group.add(r);
        return r;
    }

    /** Adds a registry checkpoint to a resource and saves it at once. */
    public RegistryCheckpoint addRegistryCheckpoint(ClusterResource resource, String key) {
        Path file = quorum.resolve("MSCS").resolve(resource.id().toString()).resolve(String.format("%08d.CPT", resource.checkpoints().size() + 1));
        RegistryCheckpoint cp = new RegistryCheckpoint(node.disk(), node.registry(), key, file);
        resource.addCheckpoint(cp);
        cp.save();
        return cp;
    }

    public ClusterResource resource(String name) {
        ClusterResource r = resources.get(name);
        if (r == null) {
            throw new IllegalArgumentException("ERROR_RESOURCE_NOT_FOUND 5007: the cluster resource could not be found: "
                    + name + "; there are " + resources.keySet());
        }
        return r;
    }

    /**
     * Brings a resource online: the resource it depends on first; then its registry checkpoints are written
     * back over the registry, then its service is started. Online when the service runs, Failed otherwise.
     */
    public ResourceState bringOnline(ClusterResource resource) {
        if (resource.state() == ResourceState.ONLINE) {
            return ResourceState.ONLINE;
        }
        if (resource.dependsOn().isPresent() && bringOnline(resource.dependsOn().get()) != ResourceState.ONLINE) {
            resource.state(ResourceState.FAILED);
            return ResourceState.FAILED;
        }
        for (RegistryCheckpoint cp : resource.checkpoints()) {
            if (!cp.restore()) {
                node.systemLog().write(SOURCE, EventType.ERROR, "(64)", CHECKPOINT_NOT_RESTORED, "The registry checkpoint for cluster resource "
                        + resource.name() + " could not be restored to registry key " + cp.key()
                        + ". The resource may not function correctly. Make sure that no other processes have open handles to registry keys in this registry subtree.");
            }
        }
        ServiceStart start = node.services().start(resource.serviceName());
        if (start.running()) {
            resource.state(ResourceState.ONLINE);
        } else {
            resource.state(ResourceState.FAILED);
            node.systemLog().write(SOURCE, EventType.ERROR, "(2050)", GENERIC_SERVICE_FAILED,
                    "Cluster generic service '" + resource.name() + "' failed.");
        }
        return resource.state();
    }

    /**
     * Takes a resource offline: the resources depending on it first; its checkpoints are saved, then its
     * service is stopped.
     */
    public void takeOffline(ClusterResource resource) {
        for (ClusterResource r : dependents(resource)) {
            takeOffline(r);
        }
        for (RegistryCheckpoint cp : resource.checkpoints()) {
            cp.save();
        }
        node.services().stop(resource.serviceName());
        resource.state(ResourceState.OFFLINE);
    }

    private List<ClusterResource> dependents(ClusterResource resource) {
        List<ClusterResource> out = new ArrayList<>();
        for (ClusterResource r : resources.values()) {
            if (r.dependsOn().filter(d -> d == resource).isPresent()) {
                out.add(r);
            }
        }
        return out;
    }

    private void registryChanged(String key) {
        for (ClusterResource r : resources.values()) {
            if (r.state() != ResourceState.ONLINE) {
                continue;
            }
            for (RegistryCheckpoint cp : r.checkpoints()) {
                if (cp.covers(RegistryTree.path(key))) {
                    cp.save();
                }
            }
        }
    }

    /** Cluster Administrator's view: each group, its resources, their type, state and checkpoints. */
    public String shown() {
        StringBuilder out = new StringBuilder();
        for (ClusterGroup g : groups.values()) {
            out.append("Group ").append(g.name()).append('\n');
            for (ClusterResource r : g.resources()) {
                out.append(String.format("  %-40s %-16s %-8s service %s%s%n", r.name(), r.type(), r.state().shown(), r.serviceName(),
                        r.dependsOn().map(d -> ", depends on " + d.name()).orElse("")));
                for (RegistryCheckpoint cp : r.checkpoints()) {
                    out.append("      registry checkpoint ").append(cp.key()).append(" -> ").append(quorum.relativize(cp.file())).append('\n');
                }
            }
        }
        return out.toString();
    }
}
