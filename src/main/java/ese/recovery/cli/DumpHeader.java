package ese.recovery.cli;

import ese.recovery.database.DatabaseFile;
import ese.recovery.dump.FileDump;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** eseutil /mh: the database header. */
@Command(name = "dump-header", mixinStandardHelpOptions = true,
        description = {"Dumps a database header, like eseutil /mh: State, Log Required, log and database signatures, "
                + "Last Consistent, Last Attach, backups. Reads the primary header copy, or the shadow copy when the primary is damaged.",
                "Reads only: never changes a byte."},
        footer = EseCommand.EXIT_FOOTER)
final class DumpHeader extends EseCommand {
    @Parameters(index = "0", paramLabel = "<database>", description = "The database file, e.g. priv1.edb.")
    Path database;

    @Override
    Outcome run() {
        requireFile(database);
        DatabaseFile.HeaderRead read = DatabaseFile.readHeaderCopies(readOnlyDisk(), database);
        return Outcome.of(FileDump.databaseHeader(database, read), JsonViews.databaseHeader(database, read));
    }
}
