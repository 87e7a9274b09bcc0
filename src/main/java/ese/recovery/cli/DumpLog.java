package ese.recovery.cli;

import ese.recovery.dump.FileDump;
import ese.recovery.jet.JetError;
import ese.recovery.log.LogFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Optional;

/** eseutil /ml on one log: its header and the integrity of its records. */
@Command(name = "dump-log", mixinStandardHelpOptions = true,
        description = {"Dumps one log file's header and checks its integrity, like eseutil /ml E0000015.log: generation, "
                + "log signature, creation and previous-generation times, attached databases, then every block of records "
                + "(checksum, generation, position). A damaged log exits with -501 JET_errLogFileCorrupt.",
                "Reads only: never changes a byte."},
        footer = EseCommand.EXIT_FOOTER)
final class DumpLog extends EseCommand {
    @Parameters(index = "0", paramLabel = "<log>", description = "The log file, e.g. E0000015.log or E00.log.")
    Path log;

    @Override
    Outcome run() {
        requireFile(log);
        LogFile.Scan scan = LogFile.scan(readOnlyDisk(), log);
        Outcome outcome = Outcome.of(FileDump.log(log, scan), JsonViews.log(log, scan));
        return outcome.failing(scan.damage().map(d -> new Problem(JetError.JET_errLogFileCorrupt, log, "log damaged (unusable) at " + d)));
    }
}
