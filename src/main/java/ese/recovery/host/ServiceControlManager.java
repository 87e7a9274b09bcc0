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
    /** What each service's last start came to (SERVICE_STATUS's exit codes, as sc query shows them). */
    private final Map<String, ServiceStart> lastStarts = new LinkedHashMap<>();

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
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "OpenService FAILED 1060: the specified service does not exist as an installed service: " + name));
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
        ServiceStart start = s.start();
        lastStarts.put(s.name(), start);
        return start;
    }

    /** What the service's last start through this manager came to, if it was started. */
    public java.util.Optional<ServiceStart> lastStart(String name) {
        return java.util.Optional.ofNullable(lastStarts.get(service(name).name()));
    }

    /**
     * The requests other processes send (sc.exe, net start, the Services dialog, a backup program):
     * {@code service start|stop|query <name>}, by key name or display name; the reply is the service's
     * state afterwards and what its last start came to.
     */
    public void registerOn(ServerControl control) {
        control.register("service", request -> {
            if (request.size() != 2) {
                throw new ServerControl.RefusedException("service start|stop|query <name>");
            }
            Service s = named(request.get(1));
            switch (request.get(0)) {
                case "start" -> start(s.name());
                case "stop" -> stop(s.name());
                case "query" -> { }
                default -> throw new ServerControl.RefusedException("no service operation " + request.get(0) + " (start, stop, query)");
            }
            return status(s.name());
        });
    }

    /** A service's state and last start, as the control endpoint replies. */
    public Map<String, String> status(String name) {
        Service s = service(name);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("service", s.name());
        out.put("displayName", s.displayName());
        out.put("state", state(s.name()).name());
        lastStart(s.name()).ifPresent(start -> {
            out.put("lastStart", start.running() ? "running" : "failed");
            start.serviceSpecificError().ifPresent(e -> out.put("serviceSpecificError", Long.toString(e)));
            out.put("detail", start.detail());
        });
        return out;
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
