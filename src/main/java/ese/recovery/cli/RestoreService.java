package ese.recovery.cli;

import ese.recovery.backup.BackupProgram;
import ese.recovery.backup.BackupSet;
import ese.recovery.engine.EngineClock;
import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.EngineProfile;
import ese.recovery.exchange.ExchangeService;
import ese.recovery.exchange.RestoreInProgress;
import ese.recovery.host.Registry;
import ese.recovery.host.Server;
import ese.recovery.io.NioDisk;
import ese.recovery.log.LogFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The Exchange 5.5 backup program's online restore of a service's database, with or without Start Services after Restore. */
@Command(name = "restore-service", mixinStandardHelpOptions = true,
        description = {"Restores an online backup of an Exchange Server 5.5 service (the directory or the information store) on a running "
                + "modelled server, as the backup program does: it asks the server's service control manager that the service is stopped, "
                + "finds the service's folders from its parameters in the registry (KB Q183266), puts the database copy and the backup's "
                + "EDB logs there, and writes the \"Restore in Progress\" key under the service's key. With "
                + "--start-services-after-restore it then asks the service control manager to start the service, whose engine reads the "
                + "key and runs hard recovery (KB Q188674).",
                "WRITES the service's database and logs, and the server's registry file (the key)."},
        footer = EseCommand.EXIT_FOOTER)
final class RestoreService extends HostCommand {
    /** The Windows error for a service that is running when it must be stopped. */
    static final long ERROR_SERVICE_ALREADY_RUNNING = 1056;

    @Option(names = "--start-services-after-restore", description = "Start the service once the restore is done (the backup program's "
            + "\"Start Services after Restore\" option).")
    boolean startServices;

    @Parameters(index = "0", paramLabel = "<service>", description = "MSExchangeDS (Microsoft Exchange Directory) or MSExchangeIS "
            + "(Microsoft Exchange Information Store).")
    String service;

    @Parameters(index = "1", paramLabel = "<backup-folder>", description = "The online backup: a folder holding the database copy and its EDB logs.")
    Path backupFolder;

    @Override
    Outcome run() {
        ExchangeService.Role role = ExchangeService.Role.named(service).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "no Exchange Server 5.5 service '" + service + "': MSExchangeDS or MSExchangeIS"));
        requireFolder(backupFolder);
        Map<String, String> before = ask("service", "query", role.service());
        if ("RUNNING".equals(before.get("state"))) {
            throw new HostFailure(ExitCodes.SERVICE_FAILED, "ERROR_SERVICE_ALREADY_RUNNING", ERROR_SERVICE_ALREADY_RUNNING, server,
                    role.displayName() + " is running: stop it before its database is restored");
        }
        Path registryFile = Server.registryFile(server);
        Registry registry = openRegistry(registryFile);
        ExchangeService.Files files = ExchangeService.files(registry, role).orElseThrow(() -> new HostFailure(ExitCodes.IO,
                "ERROR_FILE_NOT_FOUND", 2, registryFile, "the registry holds no parameters for " + role.service() + " under " + role.key()
                + ": where its database and logs are is unknown"));
        BackupSet set = BackupSet.read(readOnlyDisk(), backupFolder, EngineProfile.EXCHANGE_5_5,
                files.database().getFileName().toString());
        int logBytes = set.logs().isEmpty() ? EngineProfile.DEFAULT_LOG_BYTES
                : Math.toIntExact(LogFile.readHeader(readOnlyDisk(), set.logs().get(0)).fileBytes());
        EngineConfig target = new EngineConfig(new NioDisk(), EngineProfile.EXCHANGE_5_5, files.logFolder(), files.workingDirectory(),
                files.database(), logBytes, EngineClock.simulated(Instant.EPOCH, Duration.ofSeconds(1)), 0, server.getFileName().toString());
        RestoreInProgress key = BackupProgram.restoreFiles(target, registry, role, set);

        StringBuilder text = new StringBuilder("Restore of ").append(role.displayName()).append(" from ")
                .append(JsonViews.path(backupFolder)).append('\n');
        EngineCommand.line(text, "Database restored", JsonViews.path(files.database()));
        EngineCommand.line(text, "Logs restored", String.format("0x%X-0x%X (%d file(s)) into %s", set.generationLow(), set.generationHigh(),
                set.logs().size(), JsonViews.path(files.logFolder())));
        EngineCommand.line(text, "Registry key", RestoreInProgress.key(role.key()));
        EngineCommand.line(text, RestoreInProgress.LOW_LOG, String.format("0x%X", key.lowLog()));
        EngineCommand.line(text, RestoreInProgress.HIGH_LOG, String.format("0x%X", key.highLog()));
        EngineCommand.line(text, RestoreInProgress.BACKUP_LOG_PATH, JsonViews.path(key.backupLogPath()));
        Json.Obj result = Json.object()
                .put("server", JsonViews.path(server))
                .put("service", role.service())
                .put("backup", JsonViews.path(backupFolder))
                .put("database", JsonViews.path(files.database()))
                .put("logFolder", JsonViews.path(files.logFolder()))
                .put("restoreInProgress", Json.object()
                        .put("key", RestoreInProgress.key(role.key()))
                        .put("lowLog", key.lowLog())
                        .put("highLog", key.highLog())
                        .put("backupLogPath", JsonViews.path(key.backupLogPath())));
        if (!startServices) {
            return Outcome.of(text.toString(), result.put("serviceAfterRestore", null));
        }
        Map<String, String> status = ask("service", "start", role.service());
        text.append('\n');
        serviceText(text, status);
        return started(text.toString(), result.put("serviceAfterRestore", serviceJson(status)), status,
                "ERROR_SERVICE_SPECIFIC_ERROR", ERROR_SERVICE_SPECIFIC_ERROR);
    }
}
