package ese.recovery.spec;

import ese.recovery.backup.BackupSet;
import ese.recovery.engine.RecoveryResult;
import ese.recovery.engine.Store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The system under test, as the When steps see it: the engine and operator actions of the articles,
 * each returning what the Then steps assert on. Two implementations: {@link ModelDriver} calls the model
 * in this process; {@link CliDriver} runs a command-line tool that honours docs/cli.md (eserecover by
 * default) as a process and reads its JSON. The system property {@code ese.driver} ({@code model} or
 * {@code cli}) chooses; the Givens that build a situation set the files directly either way.
 */
interface SystemUnderTest {
    /** "the store is brought online": hard recovery first if a restore is pending, soft recovery, attach. */
    Mounting bringOnline(World world);

    /** "the restore completes and the store is brought online": hard recovery of the pending restore, then the mount. */
    Mounting completeRestore(World world);

    /** eseutil /r on the scenario's folder (with /i: ignore a missing or mismatched attached database). */
    RecoveryResult softRecovery(World world, boolean ignoreMismatchedAttachments);

    /** eseutil /mh on the database. */
    String dumpDatabaseHeader(World world);

    /** eseutil /ml on one log. */
    String dumpLog(World world, Path log);

    /** eseutil /ml on the store's log base name ({@code /ml E00}): every log of the stream, then the verification of its sequence. */
    String verifyLogStream(World world);

    /** eseutil /mk on the checkpoint. */
    String dumpCheckpoint(World world);

    /** eserecover advise on the scenario's folder: the article's rule that applies, and every situation recognised. */
    Advised advise(World world);

    /** What the advisor said of a folder: the rule of the articles that applies, and the situations it recognised. */
    /** What the advisor said: the rule of the articles that applies, its steps and what not to do, and every situation recognised. */
    record Advised(ese.recovery.advice.Advice.Rule rule, java.util.List<String> steps, java.util.List<String> doNot,
                   ese.recovery.advice.SituationReport situations, String summary, java.util.List<ese.recovery.advice.Advice.Evidence> evidence) {
    }

    /**
     * "the registry value ... is set to ...": an operator's registry edit (regedit) on the modelled server's
     * registry file, a REG_DWORD set under a key of HKEY_LOCAL_MACHINE.
     */
    void setRegistryValue(World world, String key, String name, int dword);

    /**
     * "the directory service is started from the Services dialog in Control Panel", "the Exchange services
     * are started": the server's service control manager starts a service, its dependencies first. A
     * service that does not start is an outcome, read from the server afterwards.
     */
    void startService(World world, String service);

    /** "the Exchange services are stopped": the service control manager stops a service, its dependents first. */
    void stopService(World world, String service);

    /** "Bring Online" on a resource in Cluster Administrator; a resource that fails is an outcome. */
    void bringResourceOnline(World world, String resource);

    /** "Take Offline" on a resource in Cluster Administrator. */
    void takeResourceOffline(World world, String resource);

    /**
     * The backup program's online restore of the directory's backup set (the tape), with or without
     * "Start Services after Restore".
     */
    void restoreOnlineBackup(World world, BackupSet tape, boolean startServicesAfterRestore);

    /** dir on a folder. */
    String listFolder(World world, Path folder);

    /**
     * "an online backup of the store is taken": a backup program asks the running store for it (through the
     * store's backup interface when the tool runs as another process); the backup set as it reads back.
     */
    BackupSet takeOnlineBackup(World world, Path folder);

    /**
     * "the backup program takes an online backup of the directory": the Exchange 5.5 service's running store
     * takes it, asked through the server's backup interface when the tool runs as another process.
     */
    BackupSet backUpService(World world, String service, Path folder);

    /** "an incremental backup of the store is attempted": the logs copied, or the JetException it was refused with. */
    java.util.List<Path> takeIncrementalBackup(World world, Path folder);

    /** "create-situation makes the ... situation for ... in ...": what was made, or the JetException it was refused with. */
    ese.recovery.situation.Situation.Made createSituation(World world, ese.recovery.situation.Situation situation, ese.recovery.engine.EngineProfile profile, Path folder);

    /** What a mount did: its recovery, the database header right after it, whether the store mounted (and the store, in-process). */
    record Mounting(RecoveryResult recovery, Optional<HeaderShown> headerAfterRecovery, boolean mounted, Optional<Store> store) {
    }

    /** A database header as eseutil /mh shows it: State and Log Required. */
    record HeaderShown(String state, String logRequired) {
    }

    /** The driver the {@code ese.driver} system property names (default {@code model}). */
    static SystemUnderTest selected() {
        String name = selectedName();
        return switch (name) {
            case "model" -> new ModelDriver();
            case "cli" -> CliDriver.fromProperties();
            default -> throw new IllegalArgumentException("ese.driver is 'model' or 'cli', not '" + name + "'");
        };
    }

    /** The {@code ese.driver} system property: {@code model} when not set. */
    static String selectedName() {
        String name = System.getProperty("ese.driver", "").trim().toLowerCase(Locale.ROOT);
        return name.isEmpty() ? "model" : name;
    }

    /** Whether the system acts in this process, through the scenario's disk (false: it runs as another process). */
    default boolean runsInThisProcess() {
        return false;
    }

    /** The name the reports and the scenario folders carry. */
    String name();
}
