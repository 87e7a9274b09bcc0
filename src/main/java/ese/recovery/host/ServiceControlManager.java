package ese.recovery.host;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service control manager of a server: the services installed, their states, and starting and stopping
 * them as the Services dialog in Control Panel does. A service's dependencies (DependOnService, kept in the
 * registry under its key) start first, so the Microsoft Exchange Directory starts before the Microsoft
 * Exchange Information Store; stopping a service stops the services depending on it first.
 */
public final class ServiceControlManager {
    public static final String SERVICES = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services";

    private final Registry registry;
    private final Map<String, Service> services = new LinkedHashMap<>();

    public ServiceControlManager(Registry registry) {
        this.registry = registry;
    }

    /** The registry key of a service: {@code HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\<name>}. */
    public static String key(String service) {
        return SERVICES + "\\" + service;
    }

    /** Installs a service: its key with DisplayName and, if it has dependencies, DependOnService. */
    public void install(Service service) {
        if (services.containsKey(service.name())) {
            throw new IllegalStateException(service.name() + " is already installed");
        }
        for (String d : service.dependsOn()) {
            if (!services.containsKey(d)) {
                throw new IllegalStateException(service.name() + " depends on " + d + ", which is not installed");
            }
        }
        services.put(service.name(), service);
        registry.setValue(key(service.name()), "DisplayName", new RegistryData.Sz(service.displayName()));
        if (!service.dependsOn().isEmpty()) {
            registry.setValue(key(service.name()), "DependOnService", new RegistryData.MultiSz(service.dependsOn()));
        }
    }

    public Service service(String name) {
        Service s = services.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no service " + name + " is installed; installed: " + services.keySet());
        }
        return s;
    }

    /** Finds a service by its key name or by the name the Services dialog shows. */
    public Service named(String name) {
        return services.values().stream().filter(s -> s.name().equalsIgnoreCase(name) || s.displayName().equalsIgnoreCase(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no service named " + name));
    }

    public ServiceState state(String name) {
        return service(name).running() ? ServiceState.RUNNING : ServiceState.STOPPED;
    }

    /**
     * Starts a service, its dependencies first. A service already running stays so. When a dependency cannot
     * start, the service is not started either (the dependency's result is returned).
     */
    public ServiceStart start(String name) {
        Service s = service(name);
        if (s.running()) {
            return ServiceStart.started(s.name(), "already running");
        }
        for (String d : s.dependsOn()) {
            ServiceStart dependency = start(d);
            if (!dependency.running()) {
                return dependency;
            }
        }
        return s.start();
    }

    /** Stops a service, the services depending on it first. */
    public void stop(String name) {
        Service s = service(name);
        for (Service dependent : dependents(s.name())) {
            stop(dependent.name());
        }
        if (s.running()) {
            s.stop();
        }
    }

    private List<Service> dependents(String name) {
        List<Service> out = new ArrayList<>();
        for (Service s : services.values()) {
            if (s.dependsOn().contains(name)) {
                out.add(s);
            }
        }
        return out;
    }

    public List<Service> services() {
        return List.copyOf(services.values());
    }

    /** The Services dialog's list: name and state of each service. */
    public String shown() {
        StringBuilder out = new StringBuilder();
        for (Service s : services.values()) {
            out.append(String.format("%-45s %s%n", s.displayName(), state(s.name()).shown()));
        }
        return out.toString();
    }
}
