package ese.recovery.cli;

import ese.recovery.backup.BackupSet;
import ese.recovery.engine.EngineProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** An online backup set on its medium: the database copy, the patch file, the logs and their range. */
@Command(name = "dump-backup", mixinStandardHelpOptions = true,
        description = {"Reads an online backup set (a folder holding the database copy, its logs and, before Exchange 2000 SP2, "
                + "the patch file): the generations of its logs, from the copy's header (Current Full Backup) and the patch file.",
                "Reads only: never changes a byte."},
        footer = EseCommand.EXIT_FOOTER)
final class DumpBackup extends EseCommand {
    @Option(names = "--profile", paramLabel = "<engine>", converter = EngineCommand.ProfileConverter.class,
            description = "The Exchange version that took the backup. Default: EXCHANGE_5_5 for EDB logs, EXCHANGE_2000 for E00 logs "
                    + "(give EXCHANGE_2000_SP2 for a backup without a patch file).")
    EngineProfile profile;

    @Parameters(index = "0", paramLabel = "<backup-folder>", description = "The backup set's folder.")
    Path folder;

    @Override
    Outcome run() {
        requireFolder(folder);
        EngineProfile engine = profile != null ? profile : profileOf(folder);
        var disk = readOnlyDisk();
        BackupSet set = BackupSet.read(disk, folder, engine);
        String patch = set.patchFile().filter(disk::exists).map(p -> p.getFileName().toString()).orElse(null);
        StringBuilder text = new StringBuilder("Online backup: ").append(JsonViews.path(folder)).append('\n');
        EngineCommand.line(text, "Engine", engine.productName());
        EngineCommand.line(text, "Database copy", set.database().getFileName().toString());
        EngineCommand.line(text, "Patch file", patch == null ? "none" : patch);
        EngineCommand.line(text, "Logs", String.format("0x%X-0x%X (%d file(s))", set.generationLow(), set.generationHigh(), set.logs().size()));
        Json.Obj result = Json.object()
                .put("folder", JsonViews.path(folder))
                .put("profile", engine.name())
                .put("database", JsonViews.path(set.database()))
                .put("patchFile", patch == null ? null : JsonViews.path(folder.resolve(patch)))
                .put("logs", Json.array(set.logs().stream().map(JsonViews::path).toList()))
                .put("generationLow", set.generationLow())
                .put("generationHigh", set.generationHigh());
        return Outcome.of(text.toString(), result);
    }
}
