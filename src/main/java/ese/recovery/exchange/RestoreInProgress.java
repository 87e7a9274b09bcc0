package ese.recovery.exchange;

import ese.recovery.engine.RestoreEnvironment;
import ese.recovery.host.Registry;
import ese.recovery.host.RegistryData;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "Restore in Progress" registry key of an Exchange 5.5 service
 * ({@code HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS\Restore in Progress}, or
 * {@code MSExchangeIS} for the store), which the backup program writes during an online restore and which
 * makes the service run hard recovery when it starts (KB Q200941, Q188674). Its values (KB Q200941):
 * {@code LowLog Number} and {@code HighLog Number} (REG_DWORD: the restored log range),
 * {@code EDB_RstMap} (REG_MULTI_SZ: each database's path as backed up, then as restored),
 * {@code EDB_RstMap Size} (REG_DWORD: how many databases), {@code LogPath}, {@code BackupLogPath} and
 * {@code CheckpointFilePath} (REG_SZ: the current log folder, where the restored logs are, and the
 * checkpoint's folder), and {@code EDB Database recovered} (REG_BINARY: 00 after the restore, 01 once
 * hard recovery has replayed the logs, whereupon the service deletes the key).
 */
public record RestoreInProgress(int lowLog, int highLog, List<String> restoreMap, Path logPath, Path backupLogPath,
                                Path checkpointFilePath, boolean databaseRecovered) {
    public static final String NAME = "Restore in Progress";
    public static final String LOW_LOG = "LowLog Number";
    public static final String HIGH_LOG = "HighLog Number";
    public static final String RESTORE_MAP = "EDB_RstMap";
    public static final String RESTORE_MAP_SIZE = "EDB_RstMap Size";
    public static final String LOG_PATH = "LogPath";
    public static final String BACKUP_LOG_PATH = "BackupLogPath";
    public static final String CHECKPOINT_FILE_PATH = "CheckpointFilePath";
    public static final String DATABASE_RECOVERED = "EDB Database recovered";

    public RestoreInProgress {
        restoreMap = List.copyOf(restoreMap);
        if (restoreMap.isEmpty() || restoreMap.size() % 2 != 0) {
            throw new IllegalArgumentException("EDB_RstMap holds pairs of paths (as backed up, as restored): " + restoreMap);
        }
    }

    /** The key's path for a service, e.g. {@code ...\Services\MSExchangeDS\Restore in Progress}. */
    public static String key(String serviceKey) {
        return serviceKey + "\\" + NAME;
    }

    /** What the backup program writes for a restore whose environment is {@code env}; each database restored in place. */
    public static RestoreInProgress of(RestoreEnvironment env, List<Path> databases) {
        List<String> map = new ArrayList<>();
        for (Path db : databases) {
            map.add(db.toString());
            map.add(db.toString());
        }
        return new RestoreInProgress(env.generationLow(), env.generationHigh(), map, env.targetLogFolder(), env.backupLogFolder(),
                env.checkpointFolder(), false);
    }

    public int databaseCount() {
        return restoreMap.size() / 2;
    }

    /** What hard recovery is told: LowLog Number stands for the checkpoint, the logs are in BackupLogPath. */
    public RestoreEnvironment environment() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i < restoreMap.size(); i += 2) {
            names.add(Path.of(restoreMap.get(i)).getFileName().toString());
        }
        return new RestoreEnvironment(backupLogPath, lowLog, highLog, logPath, checkpointFilePath, names);
    }

    public void write(Registry registry, String serviceKey) {
        String k = key(serviceKey);
        registry.setValue(k, LOW_LOG, new RegistryData.Dword(lowLog));
        registry.setValue(k, HIGH_LOG, new RegistryData.Dword(highLog));
        registry.setValue(k, RESTORE_MAP, new RegistryData.MultiSz(restoreMap));
        registry.setValue(k, RESTORE_MAP_SIZE, new RegistryData.Dword(databaseCount()));
        registry.setValue(k, LOG_PATH, new RegistryData.Sz(logPath.toString()));
        registry.setValue(k, BACKUP_LOG_PATH, new RegistryData.Sz(backupLogPath.toString()));
        registry.setValue(k, CHECKPOINT_FILE_PATH, new RegistryData.Sz(checkpointFilePath.toString()));
        registry.setValue(k, DATABASE_RECOVERED, new RegistryData.Binary(new byte[]{(byte) (databaseRecovered ? 1 : 0)}));
    }

    /** Sets {@code EDB Database recovered} to 01. */
    public static void markRecovered(Registry registry, String serviceKey) {
        registry.setValue(key(serviceKey), DATABASE_RECOVERED, new RegistryData.Binary(new byte[]{1}));
    }

    /**
     * Reads the key when it is there. A key present but missing a value, or holding one of the wrong type, is
     * a {@link DamagedKeyException} naming the value.
     */
    public static Optional<RestoreInProgress> read(Registry registry, String serviceKey) {
        String k = key(serviceKey);
        if (!registry.keyExists(k)) {
            return Optional.empty();
        }
        Map<String, RegistryData> v = registry.values(k);
        int low = dword(k, v, LOW_LOG);
        int high = dword(k, v, HIGH_LOG);
        List<String> map = get(k, v, RESTORE_MAP, RegistryData.MultiSz.class).strings();
        int size = dword(k, v, RESTORE_MAP_SIZE);
        if (size * 2 != map.size()) {
            throw new DamagedKeyException(k, RESTORE_MAP_SIZE + " says " + size + " databases, " + RESTORE_MAP + " holds " + map.size() + " paths");
        }
        byte[] recovered = get(k, v, DATABASE_RECOVERED, RegistryData.Binary.class).bytes();
        if (recovered.length != 1 || (recovered[0] != 0 && recovered[0] != 1)) {
            throw new DamagedKeyException(k, DATABASE_RECOVERED + " is 00 or 01");
        }
        return Optional.of(new RestoreInProgress(low, high, map, path(k, v, LOG_PATH), path(k, v, BACKUP_LOG_PATH),
                path(k, v, CHECKPOINT_FILE_PATH), recovered[0] == 1));
    }

    private static int dword(String key, Map<String, RegistryData> values, String name) {
        return get(key, values, name, RegistryData.Dword.class).value();
    }

    private static Path path(String key, Map<String, RegistryData> values, String name) {
        return Path.of(get(key, values, name, RegistryData.Sz.class).text());
    }

    private static <T extends RegistryData> T get(String key, Map<String, RegistryData> values, String name, Class<T> type) {
        RegistryData d = values.get(name);
        if (d == null) {
            throw new DamagedKeyException(key, "the value " + name + " is missing");
        }
        if (!type.isInstance(d)) {
            throw new DamagedKeyException(key, "the value " + name + " is " + d.type());
        }
        return type.cast(d);
    }

    /** A Restore in Progress key that cannot be read: the message names the key and the value. */
    public static final class DamagedKeyException extends RuntimeException {
        public DamagedKeyException(String key, String detail) {
            super(key + ": " + detail);
        }
    }
}
