package ese.recovery.cli;

import ese.recovery.dump.FolderListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** A folder's files and their sizes, like dir: what an operator looks at before touching anything. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Lists a folder's files and their sizes, like dir.", "Reads only: never changes a byte."},
        footer = EseCommand.EXIT_FOOTER)
final class ListFolder extends EseCommand {
    @Parameters(index = "0", paramLabel = "<folder>", description = "The folder.")
    Path folder;

    @Override
    Outcome run() {
        requireFolder(folder);
        var disk = readOnlyDisk();
        Json.Obj result = Json.object()
                .put("folder", JsonViews.path(folder))
                .put("files", Json.array(disk.list(folder).stream().map(p -> Json.object()
                        .put("name", p.getFileName().toString())
                        .put("bytes", disk.size(p))).toList()));
        return Outcome.of(FolderListing.of(disk, folder), result);
    }
}
