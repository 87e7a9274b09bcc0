package ese.recovery.cli;

import ese.recovery.dump.FileDump;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import ese.recovery.log.LogNames;
import ese.recovery.log.LogSequence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** eseutil /ml on every log of a folder, then /ml E00: the sequence verification. */
@Command(name = "dump-logs", mixinStandardHelpOptions = true,
        description = {"Dumps every log of one log stream in a folder (header and integrity, as dump-log), then verifies "
                + "the sequence like eseutil /ml E00: the generation range from the lowest numbered log to the current log, "
                + "missing generations and a missing current log (-528), a name or place whose generation the header "
                + "contradicts (-513), a log of another log stream (-530), a previous-generation time that does not match "
                + "the previous log's creation time (-515), damaged logs (-501). Exits with the first problem in generation order.",
                "Reads only: never changes a byte."},
        footer = EseCommand.EXIT_FOOTER)
final class DumpLogs extends EseCommand {
    @Parameters(index = "0", paramLabel = "<folder>", description = "The log folder.")
    Path folder;

    @Option(names = "--base", paramLabel = "<base>",
            description = "The log stream's three-character base name: E00 (Exchange 2000, first storage group), EDB (Exchange 5.5)... "
                    + "Default: the only stream with logs in the folder.")
    String base;

    @Override
    Outcome run() {
        requireFolder(folder);
        LogNames names = stream(folder, base).orElseThrow(() -> new JetException(JetError.JET_errMissingLogFile, folder,
                "the folder holds no log file (such as E00.log or E0000001.log)"));
        LogSequence.Verification v = LogSequence.verify(readOnlyDisk(), folder, names);
        return Outcome.of(FileDump.logStream(v), JsonViews.verification(v))
                .failing(v.firstFinding().map(f -> new Problem(f.error(), f.file(), f.detail())));
    }
}
