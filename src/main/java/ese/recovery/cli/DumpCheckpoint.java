package ese.recovery.cli;

import ese.recovery.checkpoint.Checkpoint;
import ese.recovery.checkpoint.CheckpointFile;
import ese.recovery.dump.FileDump;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** eseutil /mk: the checkpoint file. */
@Command(name = "dump-checkpoint", mixinStandardHelpOptions = true,
        description = {"Dumps a checkpoint file, like eseutil /mk E00.chk: the checkpoint (the log position soft recovery "
                + "starts from), its generation, the log signature, when it was written. Reads the primary copy, or the "
                + "shadow copy when the primary is damaged; both damaged is -533 JET_errCheckpointCorrupt.",
                "Reads only: never changes a byte."},
        footer = EseCommand.EXIT_FOOTER)
final class DumpCheckpoint extends EseCommand {
    @Parameters(index = "0", paramLabel = "<checkpoint>", description = "The checkpoint file, e.g. E00.chk or edb.chk.")
    Path checkpoint;

    @Override
    Outcome run() {
        requireFile(checkpoint);
        Checkpoint c = CheckpointFile.read(readOnlyDisk(), checkpoint)
                .orElseThrow(() -> new JetException(JetError.JET_errCheckpointFileNotFound, checkpoint, "checkpoint file not found"));
        return Outcome.of(FileDump.checkpoint(checkpoint, c), JsonViews.checkpoint(checkpoint, c));
    }
}
