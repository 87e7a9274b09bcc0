package ese.recovery.exchange;

import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.EngineEvent;
import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.RecoveryResult;
import ese.recovery.engine.Store;
import ese.recovery.host.EventType;
import ese.recovery.host.Registry;
import ese.recovery.host.RegistryData;
import ese.recovery.host.Server;
import ese.recovery.host.Service;
import ese.recovery.host.ServiceControlManager;
import ese.recovery.host.ServiceStart;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An Exchange Server 5.5 service running the database engine on its own database and {@code EDB} logs: the
 * Microsoft Exchange Directory ({@code dir.edb} in {@code dsadata}) or the Information Store
 * ({@code priv.edb} in {@code mdbdata}), which depends on it. Where its files are it reads from its
 * parameters in the registry (KB Q183266). Starting it:
 * <ol>
 * <li>with a "Restore in Progress" key ({@link RestoreInProgress}) the engine runs hard recovery from the
 *     key's values; on success {@code EDB Database recovered} is set to 01, the database stops and starts
 *     again, and, seeing 01, the service deletes the key (KB Q200941); on failure the key stays;</li>
 * <li>without it the engine runs its normal initialisation (soft recovery), which needs a consecutive log
 *     sequence ending in the current log {@code EDB.log}; restored logs without one fail with -528
 *     JET_errMissingLogFile (KB Q188674);</li>
 * <li>a failure is logged in the Application log by the service (the Directory: MSExchangeDS 1002 with the
 *     JET error) after the engine's own events, and the service stops with a service-specific error: the
 *     JET error as an unsigned 32-bit number, or 0xC8000000 + |error| after a restore (KB Q200941).</li>
 * </ol>
 * A running service holds its registry key open.
 */
public final class ExchangeService implements Service {
    private static final String ENGINE_CATEGORY = "Logging/Recovery";

    /** A registry parameter of a service: the subkey of its service key and the value's name. */
    public record Parameter(String subkey, String name) {
    }

    /** Which Exchange service, with its registry parameters and the events it logs. */
    public enum Role {
        DIRECTORY("MSExchangeDS", "Microsoft Exchange Directory", List.of(), "dir.edb", "dsadata", List.of(
                new Parameter("Parameters", "DSA Database file"), new Parameter("Parameters", "Database log files path"),
                new Parameter("Parameters", "DSA Working Directory"))),
        INFORMATION_STORE("MSExchangeIS", "Microsoft Exchange Information Store", List.of("MSExchangeDS"), "priv.edb", "mdbdata", List.of(
                new Parameter("ParametersPrivate", "DB Path"), new Parameter("ParametersSystem", "DB Log Path"),
                new Parameter("ParametersSystem", "Working Directory")));

        private final String service;
        private final String displayName;
        private final List<String> dependsOn;
        private final String databaseName;
        private final String folderName;
        /** The database file, the log folder and the working directory (checkpoint), in that order. */
        private final List<Parameter> parameters;

        Role(String service, String displayName, List<String> dependsOn, String databaseName, String folderName, List<Parameter> parameters) {
            this.service = service;
            this.displayName = displayName;
            this.dependsOn = dependsOn;
            this.databaseName = databaseName;
            this.folderName = folderName;
            this.parameters = parameters;
        }

        public String service() {
            return service;
        }

        public String displayName() {
            return displayName;
        }

        /** The role of the service with this key name or display name (MSExchangeDS, Microsoft Exchange Directory). */
        public static Optional<Role> named(String name) {
            return java.util.Arrays.stream(values()).filter(r -> r.service.equalsIgnoreCase(name) || r.displayName.equalsIgnoreCase(name)).findFirst();
        }

        /** The service's registry key. */
        public String key() {
            return ServiceControlManager.key(service);
        }

        /** The folder Exchange Setup gives its files: dsadata, mdbdata. */
        public String folderName() {
            return folderName;
        }

        /** The event log source of the service's own events: MSExchangeDS, MSExchangeIS. */
        public String eventSource() {
            return service;
        }
    }

    private final Server server;
    private final Role role;
    private final int logFileBytes;
    private final long seed;
    private int starts;
    private Store store;
    private ServiceStart lastStart;
    private final List<RecoveryResult> recoveries = new java.util.ArrayList<>();

    private ExchangeService(Server server, Role role, int logFileBytes, long seed) {
        this.server = server;
        this.role = role;
        this.logFileBytes = logFileBytes;
        this.seed = seed;
    }

    /**
     * Installs the service on {@code server} as Exchange Setup would: its files in {@code folder}, its
     * parameters in the registry, a new database stopped cleanly. The service is left stopped.
     */
    public static ExchangeService install(Server server, Role role, Path folder, int logFileBytes, long seed) {
        ExchangeService s = new ExchangeService(server, role, logFileBytes, seed);
        Registry r = server.registry();
        List<String> paths = List.of(folder.resolve(role.databaseName).toString(), folder.toString(), folder.toString());
        for (int i = 0; i < 3; i++) {
            Parameter p = role.parameters.get(i);
            r.setValue(key(role, p), p.name(), new RegistryData.Sz(paths.get(i)));
        }
        server.services().install(s);
        Store.create(s.configuration().orElseThrow()).dismount();
        return s;
    }

    private static String key(Role role, Parameter p) {
        return role.key() + "\\" + p.subkey();
    }

    @Override
    public String name() {
        return role.service;
    }

    @Override
    public String displayName() {
        return role.displayName;
    }

    @Override
    public List<String> dependsOn() {
        return role.dependsOn;
    }

    public Role role() {
        return role;
    }

    @Override
    public boolean running() {
        return store != null && store.isOpen();
    }

    /** The mounted store while the service runs. */
    public Store store() {
        if (!running()) {
            throw new IllegalStateException(role.displayName + " is not running");
        }
        return store;
    }

    /** Every recovery the engine ran at this service's starts, oldest first. */
    public List<RecoveryResult> recoveries() {
        return List.copyOf(recoveries);
    }

    /** Where the engine's files are, from the parameters in the registry; empty when one is missing. */
    public Optional<EngineConfig> configuration() {
        return files(server.registry(), role).map(f -> new EngineConfig(server.disk(), EngineProfile.EXCHANGE_5_5, f.logFolder(),
                f.workingDirectory(), f.database(), logFileBytes, server.clock(), seed + starts, server.computerName()));
    }

    /** Where a service's database, logs and checkpoint are, as its registry parameters say (KB Q183266). */
    public record Files(Path database, Path logFolder, Path workingDirectory) {
    }

    /**
     * Where {@code role}'s files are, read from its parameters in {@code registry}: what another program on
     * the server (a backup program) reads to find them. Empty when a parameter is missing or not a REG_SZ.
     */
    public static Optional<Files> files(Registry registry, Role role) {
        String[] values = new String[role.parameters.size()];
        for (int i = 0; i < values.length; i++) {
            Parameter p = role.parameters.get(i);
            Optional<RegistryData> v = registry.value(key(role, p), p.name());
            if (v.isEmpty() || !(v.get() instanceof RegistryData.Sz sz)) {
                return Optional.empty();
            }
            values[i] = sz.text();
        }
        return Optional.of(new Files(Path.of(values[0]), Path.of(values[1]), Path.of(values[2])));
    }

    /** What the last attempt to start the service came to, whoever started it. */
    public Optional<ServiceStart> lastStart() {
        return Optional.ofNullable(lastStart);
    }

    @Override
    public ServiceStart start() {
        lastStart = startEngine();
        return lastStart;
    }

    private ServiceStart startEngine() {
        if (running()) {
            return ServiceStart.started(name(), "already running");
        }
        starts++;
        Optional<EngineConfig> config = configuration();
        if (config.isEmpty()) {
            return missingParameter();
        }
        Registry registry = server.registry();
        Optional<RestoreInProgress> key = RestoreInProgress.read(registry, role.key());
        if (key.isPresent() && key.get().databaseRecovered()) {
            registry.deleteKey(RestoreInProgress.key(role.key()));
            key = Optional.empty();
        }
        Store.Mount mount;
        try {
            mount = Store.mount(config.get(), key.map(RestoreInProgress::environment));
        } catch (JetException e) {
            return failed(e.error(), key.isPresent(), e.getMessage());
        }
        recoveries.add(mount.recovery());
        logEngineEvents(mount.recovery());
        if (!mount.mounted()) {
            JetError error = mount.recovery().error().orElseThrow();
            return failed(error, key.isPresent(), mount.recovery().detail());
        }
        store = mount.store().orElseThrow();
        if (key.isPresent()) {
            RestoreInProgress.markRecovered(registry, role.key());
            store.dismount();
            store = null;
            return startEngine();
        }
        registry.openKey(name(), role.key());
        return ServiceStart.started(name(), mount.recovery().toString());
    }

    @Override
    public void stop() {
        if (running()) {
            store.dismount();
        }
        store = null;
        server.registry().closeKeys(name());
    }

    private void logEngineEvents(RecoveryResult recovery) {
        for (EngineEvent e : recovery.events()) {
            EventType type = switch (e.type()) {
                case ERROR -> EventType.ERROR;
                case WARNING -> EventType.WARNING;
                case INFORMATION -> EventType.INFORMATION;
            };
            server.applicationLog().write(e.source(), type, ENGINE_CATEGORY, e.id(), e.text());
        }
    }

    private ServiceStart failed(JetError error, boolean afterRestore, String detail) {
        String shown = afterRestore ? String.format("0x%08x", 0xC8000000L + -error.number()) : Integer.toString(error.number());
        if (role == Role.DIRECTORY) {
            server.applicationLog().write(role.eventSource(), EventType.ERROR, "Internal Processing", 1002,
                    "The Microsoft Exchange Server database (EDB) could not be initialized and returned error " + shown
                            + ". Unrecoverable error, the directory can't continue.");
        } else {
            String what = afterRestore ? shown : capitalised(error.description());
            server.applicationLog().write(role.eventSource(), EventType.ERROR, "General", 1120,
                    "Error " + what + " initializing the Microsoft Exchange Server Information Store database.");
            server.applicationLog().write(role.eventSource(), EventType.ERROR, "General", 5000,
                    "Unable to initialize the Microsoft Exchange Information Store service. Error " + what + ".");
        }
        long serviceSpecific = afterRestore ? 0xC8000000L + -error.number() : error.unsigned();
        return ServiceStart.failed(name(), serviceSpecific, detail);
    }

    /** A parameter missing, or not a REG_SZ: the directory logs 1016 then 1002 with error 1 (KB Q263548). */
    private ServiceStart missingParameter() {
        String missing = role.parameters.stream()
                .filter(p -> !(server.registry().value(key(role, p), p.name()).orElse(null) instanceof RegistryData.Sz))
                .map(Parameter::name).findFirst().orElseThrow();
        if (role == Role.DIRECTORY) {
            server.applicationLog().write(role.eventSource(), EventType.ERROR, "Internal Processing", 1016, "Missing configuration parameter ("
                    + missing + "). The Microsoft Exchange Server database (EDB) may be corrupted. Try to reinstall the software.");
            server.applicationLog().write(role.eventSource(), EventType.ERROR, "Internal Processing", 1002,
                    "The Microsoft Exchange Server database (EDB) could not be initialized and returned error 1. Unrecoverable error, the directory can't continue.");
        }
        return ServiceStart.failed(name(), 1, "missing configuration parameter " + missing);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
