package ese.recovery.host;

import ese.recovery.engine.EngineClock;
import ese.recovery.io.Disk;

import java.nio.file.Path;

/**
 * A Windows NT server as the articles meet it: its registry, its Application and System event logs and its
 * service control manager, with their files in the server's folder ({@code registry/SYSTEM.reg},
 * {@code eventlogs/AppEvent.txt}, {@code eventlogs/SysEvent.txt}). One clock for everything it writes.
 */
public final class Server {
    public static final String APPLICATION = "Application";
    public static final String SYSTEM = "System";

    private final Disk disk;
    private final Path folder;
    private final String computerName;
    private final EngineClock clock;
    private final Registry registry;
    private final EventLog application;
    private final EventLog system;
    private final ServiceControlManager services;
    private final ServerControl control;

    private Server(Disk disk, Path folder, String computerName, EngineClock clock) {
        this.disk = disk;
        this.folder = folder;
        this.computerName = computerName;
        this.clock = clock;
        this.registry = Registry.open(disk, registryFile(folder));
        this.application = EventLog.open(disk, folder.resolve("eventlogs").resolve("AppEvent.txt"), APPLICATION, clock, computerName);
        this.system = EventLog.open(disk, folder.resolve("eventlogs").resolve("SysEvent.txt"), SYSTEM, clock, computerName);
        this.services = new ServiceControlManager(registry);
        this.control = new ServerControl(computerName, disk, ServerControl.endpointFile(folder), registry::reread);
        services.registerOn(control);
    }

    /** The server whose files are in {@code folder}; existing files are read strictly, missing ones created empty. */
    public static Server in(Disk disk, Path folder, String computerName, EngineClock clock) {
        disk.createDirectories(folder);
        return new Server(disk, folder, computerName, clock);
    }

    public static Path registryFile(Path serverFolder) {
        return serverFolder.resolve("registry").resolve("SYSTEM.reg");
    }

    public Disk disk() {
        return disk;
    }

    public Path folder() {
        return folder;
    }

    public String computerName() {
        return computerName;
    }

    public EngineClock clock() {
        return clock;
    }

    public Registry registry() {
        return registry;
    }

    public EventLog applicationLog() {
        return application;
    }

    public EventLog systemLog() {
        return system;
    }

    public EventLog eventLog(String name) {
        return switch (name) {
            case APPLICATION -> application;
            case SYSTEM -> system;
            default -> throw new IllegalArgumentException("no event log " + name + " (Application, System)");
        };
    }

    public ServiceControlManager services() {
        return services;
    }

    /** How other processes reach this server's service control manager and cluster service. */
    public ServerControl control() {
        return control;
    }
}
