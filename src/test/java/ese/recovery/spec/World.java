package ese.recovery.spec;

import ese.recovery.database.DatabaseFile;
import ese.recovery.database.Page;
import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.RecoveryResult;
import ese.recovery.engine.Store;
import ese.recovery.engine.Workload;
import ese.recovery.host.ServerControl;
import ese.recovery.io.Disk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One scenario's world, shared by the step classes through PicoContainer: the scenario's folder
 * (under target/scenarios/, kept after the run so it can be inspected), the engine configuration,
 * the mounted store if any, the committed work, and the last results.
 */
public class World {
    /** Logs of 64 KiB keep scenario folders small; the format is the same at 5 MiB. */
    static final int SPEC_LOG_BYTES = 64 * 1024;
    static final long SEED = 812592;

    private Path folder;
    private EngineConfig config;
    private Store store;
    final List<Workload.Committed> committed = new ArrayList<>();
    final List<Workload.Committed> lost = new ArrayList<>();
    final List<Integer> uncommittedPages = new ArrayList<>();
    /** The transactions Givens left uncommitted (features/redo-checks), each with the pages it wrote, in order. */
    final java.util.Map<Store.Transaction, List<Integer>> uncommitted = new java.util.LinkedHashMap<>();
    RecoveryResult lastRecovery;
    Optional<SystemUnderTest.HeaderShown> headerAfterRecovery = Optional.empty();
    /** Whether the last mount by the system under test mounted the store. */
    boolean mounted;
    /** The system under test the When steps act through (the {@code ese.driver} system property). */
    final SystemUnderTest sut = SystemUnderTest.selected();
    String lastDump;
    ese.recovery.backup.BackupSet onlineBackup;
    Path offlineBackup;
    /** The restore waiting for hard recovery (Exchange 5.5 keeps it in the Restore in Progress key). */
    Optional<ese.recovery.engine.RestoreEnvironment> pendingRestore = Optional.empty();
    /** The Exchange 5.5 server, its cluster and its backup program, in the cluster restore scenarios. */
    ExchangeSite site;
    /** The volume the scenario's files are on; it can fill up. */
    private ese.recovery.io.FillableDisk volume;
    /** Whether the engine's disk keeps only what was flushed when the power fails (features/power-failure). */
    private boolean powerCanFail;
    private Fixtures.Clock clock;
    /** That disk, once the engine is chosen. */
    private ese.recovery.io.FaultyDisk power;
    /** The failure of the last operator action that failed (a backup refused, say). */
    ese.recovery.jet.JetException lastFailure;
    java.util.List<Path> incrementalBackup = java.util.List.of();

    /** The folder of the scenario of that name at that line (of its example row, for an outline). */
    static Path folderFor(String scenarioName, int line) {
        String safe = scenarioName.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return Path.of("target", scenariosFolder(), (safe.length() > 80 ? safe.substring(0, 80) : safe) + "-L" + line).toAbsolutePath();
    }

    /**
     * target/scenarios for the in-process run, target/scenarios-cli for the run through the tool, so neither erases the other's.
     * Under mutation ({@code ese.scenarios.per-process}), PIT runs the same scenario in two processes at once: each
     * process then has folders of its own (target/scenarios-pit-&lt;pid&gt;), so neither sees the other's files.
     */
    static String scenariosFolder() {
        String folder = SystemUnderTest.selectedName().equals("model") ? "scenarios" : "scenarios-" + SystemUnderTest.selectedName();
        return Boolean.getBoolean(PER_PROCESS) ? folder + "-pit-" + ProcessHandle.current().pid() : folder;
    }

    /** The system property that gives each process scenario folders of its own (the suites run under mutation set it). */
    static final String PER_PROCESS = "ese.scenarios.per-process";
    /** The last crash and damage exploration (features/trust). */
    ese.recovery.explore.Explorer.Report exploration;

    void createFolder(String scenarioName, int line) {
        folder = folderFor(scenarioName, line);
        deleteRecursively(folder);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path folder() {
        return folder;
    }

    void useProfile(EngineProfile profile) {
        Disk files = ese.recovery.io.NioDisk.unforced();
        if (powerCanFail) {
            power = new ese.recovery.io.FaultyDisk(files, List.of(folder));
            files = power;
        }
        volume = new ese.recovery.io.FillableDisk(files);
        // as EngineConfig.inFolder, with a clock whose readings are counted (so a fixture can set a copy's clock where the original's was)
        clock = new Fixtures.Clock();
        config = new EngineConfig(volume, profile, folder, folder, folder.resolve(profile.databaseName()), SPEC_LOG_BYTES, clock, SEED, "EXCHSRV01");
    }

    /** The engine's clock, as {@link #useProfile} made it. */
    Fixtures.Clock clock() {
        return clock;
    }

    /** Whether the engine runs on the plain disk (not one that can lose power, whose state a copy of the files would not carry). */
    boolean onPlainDisk() {
        return power == null;
    }

    /** The engine about to be chosen will be on a disk that keeps only what was flushed when the power fails. */
    void diskCanLosePower() {
        if (config != null) {
            throw new IllegalStateException("the disk that can lose power must be chosen before the engine");
        }
        powerCanFail = true;
    }

    /**
     * The power fails and comes back: a store running here stops where it is, and the disk keeps only what
     * was flushed. A tool run as a process has exited: its flushes cannot be seen from here, so what it
     * left in the folder is taken as durable.
     */
    void powerFails() {
        if (power == null) {
            throw new IllegalStateException("this scenario's disk cannot lose power: a Given must say so before the engine");
        }
        mountedStore().ifPresent(Store::crash);
        if (!sut.runsInThisProcess()) {
            power.adopt(List.of(folder));
        }
        power.losePower();
    }

    /** The same engine with circular logging on: to be chosen before the store is created. */
    void useCircularLogging() {
        config = config().withCircularLogging(true);
    }

    ese.recovery.io.FillableDisk volume() {
        config();
        return volume;
    }

    /** Where an operator puts files moved off the log disk. */
    Path aside() {
        return folder.resolve("moved-aside");
    }

    /** An engine whose files are where a service's registry parameters say (the Exchange 5.5 directory). */
    void useConfig(EngineConfig engine) {
        config = engine;
    }

    EngineConfig config() {
        if (config == null) {
            throw new IllegalStateException("no engine yet: a Given must name the Exchange version");
        }
        return config;
    }

    boolean hasEngine() {
        return config != null;
    }

    Disk disk() {
        return config().disk();
    }

    Store store() {
        if (store == null || !store.isOpen()) {
            throw new IllegalStateException("the store is not mounted");
        }
        return store;
    }

    /** The store this scenario ran last, mounted or stopped (work asked of a stopped store is refused). */
    Store lastStore() {
        if (store == null) {
            throw new IllegalStateException("no store has run in this scenario");
        }
        return store;
    }

    Optional<Store> mountedStore() {
        return store != null && store.isOpen() ? Optional.of(store) : Optional.empty();
    }

    void store(Store s) {
        store = s;
        if (!sut.runsInThisProcess() && storeListening == null) {
            storeControl = new ServerControl("the store", ese.recovery.io.NioDisk.unforced(),
                    ServerControl.storeEndpointFile(s.config().systemFolder()), () -> { });
            ese.recovery.backup.OnlineBackup.serveOn(storeControl, this::store);
            storeListening = storeControl.listen();
        }
    }

    private ServerControl storeControl;
    private ServerControl.Listening storeListening;

    /** The running store's control endpoint, through which a tool run as another process asks it for a backup. */
    ServerControl storeControl() {
        if (storeControl == null) {
            throw new IllegalStateException("no store has run in this scenario");
        }
        return storeControl;
    }

    /** At the end of the scenario: the store's process is gone, its endpoint no longer answers. */
    void stopListening() {
        if (storeListening != null) {
            storeListening.close();
            storeListening = null;
        }
    }

    /** What a mount by the system under test did: the world now sees its recovery, its header, and the store if it runs here. */
    void mounting(SystemUnderTest.Mounting m) {
        lastRecovery = m.recovery();
        headerAfterRecovery = m.headerAfterRecovery();
        mounted = m.mounted();
        m.store().ifPresent(this::store);
    }

    Workload workload() {
        return new Workload(store());
    }

    void remember(Collection<Workload.Committed> work) {
        committed.addAll(work);
    }

    /** Path of a file in the scenario folder; the name is the article's, e.g. E0000015.log. */
    Path file(String name) {
        return folder.resolve(name);
    }

    List<Page> databasePages() {
        return new ArrayList<>(DatabaseFile.readPages(disk(), config().databaseFile()).values());
    }

    static void deleteRecursively(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(x);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
