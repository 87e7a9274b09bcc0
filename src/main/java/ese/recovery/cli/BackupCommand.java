package ese.recovery.cli;

import ese.recovery.host.ServerControl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** An online backup of a running store, as a backup program takes it through the store's backup interface. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Takes an online backup of a running store, as a backup program does through the Exchange backup API: "
                + "the request goes to the store's control endpoint (named by its checkpoint folder, docs/cli.md), and the store "
                + "copies its database (with the patch file before Exchange 2000 SP2) and its logs from the checkpoint's generation "
                + "to the log it closes, then deletes the logs below the new checkpoint. --incremental copies the logs since the "
                + "last backup instead (refused with circular logging: -526). With --server and --service: the backup of an "
                + "Exchange 5.5 service's database on a running modelled server, through the server's control endpoint.",
                "WRITES the backup folder, which for a full backup must be empty or new (an incremental one goes beside what it holds); the store deletes the logs the backup made unneeded."},
        footer = EseCommand.EXIT_FOOTER)
final class BackupCommand extends EseCommand {
    @Option(names = "--store", paramLabel = "<folder>",
            description = "The running store's folder: where its checkpoint is (its system folder).")
    Path store;

    @Option(names = "--server", paramLabel = "<folder>",
            description = "Or a running modelled Exchange 5.5 server's folder (e.g. EXCHSRV01), with --service.")
    Path server;

    @Option(names = "--service", paramLabel = "<service>",
            description = "With --server: the service whose database is backed up, MSExchangeDS or MSExchangeIS (or its display name).")
    String service;

    @Option(names = "--incremental", description = "An incremental backup: the logs written since the last backup.")
    boolean incremental;

    @Parameters(index = "0", paramLabel = "<backup-folder>", description = "Where the backup set goes: an empty or new folder (an incremental backup: any folder without an atomic backup's new or old folder).")
    Path backupFolder;

    @Override
    Outcome run() {
        if ((store == null) == (server == null) || (server != null) != (service != null)) {
            throw new ParameterException(spec.commandLine(), "give --store <folder>, or --server <folder> with --service <service>");
        }
        Path target = store != null ? store : server;
        requireFolder(target);
        String kind = incremental ? "incremental" : "full";
        String to = backupFolder.toAbsolutePath().normalize().toString();
        Map<String, String> reply;
        try {
            reply = store != null
                    ? ServerControl.callAt(ServerControl.storeEndpointFile(store), store, "the store", "backup", kind, to)
                    : ServerControl.call(server, "backup", kind, service, to);
        } catch (ServerControl.UnreachableException e) {
            throw new HostFailure(ExitCodes.SERVER_UNAVAILABLE, "RPC_S_SERVER_UNAVAILABLE", 1722, target, e.getMessage());
        } catch (ServerControl.NotActiveException e) {
            throw new HostFailure(ExitCodes.SERVICE_FAILED, "ERROR_SERVICE_NOT_ACTIVE", 1062, target, e.getMessage());
        } catch (ServerControl.RefusedException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<String> logs = reply.get("logs").isEmpty() ? List.of() : Arrays.asList(reply.get("logs").split("\n"));
        StringBuilder text = new StringBuilder(incremental ? "Incremental backup: " : "Online backup: ").append(JsonViews.path(backupFolder)).append('\n');
        Json.Obj result = Json.object()
                .put("kind", incremental ? "incremental" : "full")
                .put("folder", JsonViews.path(backupFolder));
        if (!incremental) {
            EngineCommand.line(text, "Database copy", Path.of(reply.get("database")).getFileName().toString());
            EngineCommand.line(text, "Patch file", reply.containsKey("patchFile") ? Path.of(reply.get("patchFile")).getFileName().toString() : "none");
            EngineCommand.line(text, "Logs", String.format("0x%X-0x%X (%d file(s))", Integer.parseInt(reply.get("generationLow")),
                    Integer.parseInt(reply.get("generationHigh")), logs.size()));
            result.put("database", reply.get("database"))
                    .put("patchFile", reply.get("patchFile"))
                    .put("generationLow", Integer.parseInt(reply.get("generationLow")))
                    .put("generationHigh", Integer.parseInt(reply.get("generationHigh")));
        } else {
            EngineCommand.line(text, "Logs", logs.size() + " file(s)");
        }
        logs.forEach(l -> text.append("    ").append(Path.of(l).getFileName()).append('\n'));
        return Outcome.of(text.toString(), result.put("logs", Json.array(logs)));
    }
}
