package ese.recovery.backup;

import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.RestoreEnvironment;
import ese.recovery.exchange.ExchangeService;
import ese.recovery.exchange.RestoreInProgress;
import ese.recovery.host.Registry;
import ese.recovery.host.Server;
import ese.recovery.host.ServiceStart;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A backup program on an Exchange 5.5 server (NTBackup, Backup Exec, ARCserve and the like): an online
 * backup of a running service's database and logs, and an online restore of it. The restore puts the
 * database and the backup set's {@code EDB} logs back in the service's folder, then writes the
 * "Restore in Progress" key from what was restored, and, when "Start Services after Restore" is chosen,
 * starts the service straight away through the service control manager (KB Q188674, Q200941).
 */
public final class BackupProgram {
    private final Server server;

    public BackupProgram(Server server) {
        this.server = server;
    }

    /** An online backup of the running service to {@code folder}. */
    public BackupSet onlineBackup(ExchangeService service, Path folder) {
        return OnlineBackup.take(service.store(), folder);
    }

    /** What an online restore did: the key it wrote and, with "Start Services after Restore", the start. */
    public record RestoreOutcome(RestoreInProgress key, Optional<ServiceStart> serviceStart) {
    }

    /**
     * Restores {@code set} to the stopped {@code service}: database and logs into its folders, then the
     * "Restore in Progress" key; starts the service afterwards when {@code startServicesAfterRestore}.
     */
    public RestoreOutcome onlineRestore(ExchangeService service, BackupSet set, boolean startServicesAfterRestore) {
        if (service.running()) {
            throw new IllegalStateException(service.displayName() + " must be stopped before its database is restored");
        }
        var config = service.configuration().orElseThrow(() -> new IllegalStateException(service.displayName() + " has no parameters in the registry"));
        RestoreInProgress key = restoreFiles(config, server.registry(), service.role(), set);
        Optional<ServiceStart> start = startServicesAfterRestore ? Optional.of(server.services().start(service.name())) : Optional.empty();
        return new RestoreOutcome(key, start);
    }

    /**
     * The restore itself, once the service is known to be stopped: the database and the backup set's logs
     * into the folders {@code config} names (the service's, from its registry parameters), then the
     * "Restore in Progress" key under the service's key, from what was restored.
     */
    public static RestoreInProgress restoreFiles(EngineConfig config, Registry registry, ExchangeService.Role role, BackupSet set) {
        RestoreEnvironment env = Restore.restore(config, set, Restore.defaultLogFolder(config));
        RestoreInProgress key = RestoreInProgress.of(env, List.of(config.databaseFile()));
        key.write(registry, role.key());
        return key;
    }
}
