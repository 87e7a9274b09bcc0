package ese.recovery.situation;

import ese.recovery.backup.OfflineBackup;
import ese.recovery.backup.OnlineBackup;
import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.EngineProfile;
import ese.recovery.engine.Store;
import ese.recovery.engine.Workload;
import ese.recovery.io.Damage;
import ese.recovery.io.Disk;
import ese.recovery.io.NioDisk;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The articles' situations made as real folders by the engine itself, in the order the feature files'
 * Givens make them, so a person can try the operations by hand (dump, rename, remove, recover, restore)
 * and see what the engine says. Each folder gets a {@code SITUATION.txt} saying what was done and what
 * the article suggests trying. A situation is only made in an empty (or new) folder: nothing is overwritten.
 */
public enum Situation {
    /**
     * KB 812592, "When not to manipulate log files" and "Completing a hard recovery": an online backup at
     * generation 0xF (in {@code online-backup/}), the store goes on until E00.log is generation 0x1A,
     * stops abnormally, and E0000015.log is damaged. The logs on disk are E0000010.log to E0000019.log and E00.log.
     */
    E0000015("the damaged E0000015.log case (KB 812592, When not to manipulate log files)"),
    /**
     * KB 812592, "When to manipulate the log files": the store runs until 0xA0, an online backup, a clean
     * stop and an offline backup (in {@code offline-backup/}), then E00000A1.log onwards, the checkpoint in
     * 0xA4, a crash at 0xA8 that damages the database (page 1) and E00.log.
     */
    E00000A7("the E00000A7.log offline backup case (KB 812592, When to manipulate the log files)");

    /** The spec's log size: 64 KiB keeps a situation folder small; the format is the one of 5 MiB logs. */
    public static final int LOG_BYTES = 64 * 1024;
    public static final long DEFAULT_SEED = 812592;
    public static final String README = "SITUATION.txt";
    static final int TRANSACTIONS_PER_LOG = 3;

    private final String title;

    Situation(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** By name, in any case: e0000015, E00000A7. */
    public static Situation named(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no situation named " + name + "; known: " + Arrays.toString(values())));
    }

    /** The Exchange versions a situation can be made for. */
    public List<EngineProfile> profiles() {
        return this == E00000A7 ? List.of(EngineProfile.EXCHANGE_2000, EngineProfile.EXCHANGE_2000_SP2) : List.of(EngineProfile.values());
    }

    /** What was made: the folder, the engine, and the text of SITUATION.txt. */
    public record Made(Situation situation, Path folder, EngineProfile profile, String description) {
    }

    /** Makes the situation in {@code folder} (created if missing; it must be empty) with the engine of {@code profile}. */
    public Made make(Path folder, EngineProfile profile, long seed) {
        return make(new NioDisk(), folder, profile, seed);
    }

    public Made make(Disk disk, Path folder, EngineProfile profile, long seed) {
        if (!profiles().contains(profile)) {
            throw new IllegalArgumentException(name() + " is an " + profiles() + " situation, not " + profile);
        }
        if (disk.exists(folder) && !disk.list(folder).isEmpty()) {
            throw new JetException(JetError.JET_errFileAccessDenied, folder, "the folder is not empty: a situation is only made in an empty folder");
        }
        disk.createDirectories(folder);
        EngineConfig config = EngineConfig.inFolder(folder, profile, seed, LOG_BYTES).withDisk(disk);
        String description = switch (this) {
            case E0000015 -> e0000015(config);
            case E00000A7 -> e00000a7(config);
        };
        Path readme = folder.resolve(README);
        disk.create(readme, description.getBytes(StandardCharsets.UTF_8));
        disk.flush(readme);
        return new Made(this, folder, profile, description);
    }

    private static String e0000015(EngineConfig config) {
        Store store = Store.create(config);
        Workload work = new Workload(store);
        work.fillUntil(0xF, TRANSACTIONS_PER_LOG);
        Path backup = config.logFolder().resolve("online-backup");
        OnlineBackup.take(store, backup);
        work.fillUntil(0x1A, TRANSACTIONS_PER_LOG);
        store.crash();
        String damaged = config.names().numbered(0x15);
        Damage.logRecords(config.disk(), config.numberedLog(0x15));
        String current = config.names().current();
        String good = config.names().numbered(0x14);
        String db = config.databaseFile().getFileName().toString();
        String profileOption = optionFor(config.profile());
        boolean registry = config.profile() == EngineProfile.EXCHANGE_5_5;
        return String.join("\n",
                "Situation E0000015: " + E0000015.title,
                "Engine: " + config.profile().productName() + " (logs " + config.names().base() + ", database " + db + ")",
                "",
                "What the engine did here, in order:",
                "  1. a new store wrote logs until generation 0xF was the current log;",
                "  2. an online backup was taken into online-backup/ (the database copy and the logs 0x1 to 0xF"
                        + (config.profile().patchFiles() ? ", and the patch file" : "") + "); the older logs were truncated;",
                "  3. the store went on until " + current + " was generation 0x1A, then stopped abnormally;",
                "  4. " + damaged + " was damaged (one byte of its first block of records).",
                "The logs on disk are " + config.names().numbered(0x10) + " to " + config.names().numbered(0x19) + " and " + current
                        + "; the database is in Dirty Shutdown and requires logs 0x10 to 0x1A.",
                "",
                "What KB 812592 says (When not to manipulate log files; Completing a hard recovery does not require",
                "that log files be renamed): soft recovery fails on the damaged log, and once it has, renaming",
                good + " to " + current + " does not work. Remove the damaged log and every later log, remove the",
                "checkpoint, restore the online backup, and let hard recovery replay the backup's logs and then",
                "the good logs on disk. No renaming is needed.",
                "",
                "Try (from the project folder, after ./mvnw -B package -DskipTests):",
                "  bin/eserecover advise <this folder>",
                "  bin/eserecover dump-header <this folder>/" + db,
                "  bin/eserecover dump-logs <this folder>",
                "  bin/eserecover mount <this folder>            # soft recovery fails: -501 JET_errLogFileCorrupt",
                "  then, on a copy: remove " + damaged + " to " + current + ", rename " + good + " to " + current
                        + ", mount again: it fails with " + config.profile().requiredLogsMissing().number() + " "
                        + config.profile().requiredLogsMissing().name(),
                "The hard recovery, by hand (on a fresh copy of the situation):",
                "  cd <this folder> && rm " + String.join(" ", laterLogs(config, 0x15)) + " " + config.names().checkpoint(),
                "  bin/eserecover restore <this folder>/online-backup <this folder>" + profileOption,
                registry
                        ? "  bin/eserecover restore-recover <this folder>" + profileOption
                        + " --low 0x1 --high 0xF --backup-logs <this folder>   # Exchange 5.5 keeps these in the Restore in Progress key"
                        : "  bin/eserecover restore-recover <this folder>" + profileOption + "   # reads restore/restore.env",
                "  bin/eserecover mount <this folder>",
                "");
    }

    private static String e00000a7(EngineConfig config) {
        Store store = Store.create(config);
        Workload work = new Workload(store);
        work.fillUntil(0xA0, TRANSACTIONS_PER_LOG);
        OnlineBackup.take(store, config.logFolder().resolve("online-backup"));
        store.dismount();
        OfflineBackup.take(config, config.logFolder().resolve("offline-backup"));
        Store.Mount mount = Store.mount(config);
        Store running = mount.store().orElseThrow(() -> new IllegalStateException("the store did not come back online: " + mount.recovery()));
        work = new Workload(running);
        work.fillUntil(0xA4, TRANSACTIONS_PER_LOG);
        running.advanceCheckpoint();
        work.fillUntil(0xA8, TRANSACTIONS_PER_LOG);
        running.crash();
        Damage.databasePage(config.disk(), config.databaseFile(), 1);
        Damage.logRecords(config.disk(), config.currentLog());
        String db = config.databaseFile().getFileName().toString();
        String profileOption = optionFor(config.profile());
        return String.join("\n",
                "Situation E00000A7: " + E00000A7.title,
                "Engine: " + config.profile().productName() + " (logs E00, database " + db + ")",
                "",
                "What the engine did here, in order:",
                "  1. a new store wrote logs until generation 0xA0; an online backup (online-backup/) truncated the older logs;",
                "  2. the store was stopped cleanly and an offline backup of the database was taken (offline-backup/" + db + ");",
                "  3. the store was brought online again and wrote E00000A1.log onwards; the checkpoint advanced in 0xA4;",
                "  4. the store crashed with E00.log at generation 0xA8: the crash damaged page 1 of the database, and E00.log.",
                "The logs on disk are E00000A1.log to E00000A7.log and E00.log; the checkpoint is in generation 0xA4",
                "(the last four logs were not committed to the database).",
                "",
                "What KB 812592 says (When to manipulate the log files): soft recovery has not yet failed on the",
                "offline backup, so this is the one case where renaming works: restore yesterday's offline backup,",
                "rename E00000A7.log to E00.log, remove the checkpoint, mount; soft recovery plays all the logs.",
                "Mounting the damaged database first (or the restored backup before the rename) makes soft recovery",
                "fail and record in the database what it required: renaming no longer works after that.",
                "",
                "Try (from the project folder, after ./mvnw -B package -DskipTests):",
                "  bin/eserecover advise <this folder>",
                "  bin/eserecover dump-checkpoint <this folder>/E00.chk",
                "  bin/eserecover dump-logs <this folder>",
                "The procedure, by hand:",
                "  cp <this folder>/offline-backup/" + db + " <this folder>/" + db,
                "  rm <this folder>/E00.log && mv <this folder>/E00000A7.log <this folder>/E00.log && rm <this folder>/E00.chk",
                "  bin/eserecover mount <this folder>" + profileOption + "   # replays 0xA1 to 0xA7",
                "");
    }

    /** The numbered logs from {@code from} on, then the current log, as a folder holds them. */
    private static List<String> laterLogs(EngineConfig config, int from) {
        List<String> names = new java.util.ArrayList<>();
        for (int g = from; g < 0x1A; g++) {
            names.add(config.names().numbered(g));
        }
        names.add(config.names().current());
        return names;
    }

    private static String optionFor(EngineProfile profile) {
        return profile == EngineProfile.EXCHANGE_2000 || profile == EngineProfile.EXCHANGE_5_5 ? "" : " --profile " + profile.name();
    }

    @Override
    public String toString() {
        return name().toUpperCase(Locale.ROOT);
    }
}
