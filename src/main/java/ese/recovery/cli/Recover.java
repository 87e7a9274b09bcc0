package ese.recovery.cli;

import ese.recovery.engine.EngineConfig;
import ese.recovery.engine.RecoveryResult;
import ese.recovery.engine.SoftRecovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Optional;

/** eseutil /r: soft recovery of a folder. */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = {"Runs soft recovery on a folder, like eseutil /r E00: replays the logs from the checkpoint (or from "
                + "the lowest log when there is no checkpoint) into the database, rolls back what never committed, and leaves "
                + "the database in Clean Shutdown. The logs, the checkpoint and the database are in the one folder, as in "
                + "an Exchange mdbdata folder.",
                "WRITES to the folder: the database, the checkpoint and the current log (and, when recovery ends on E00tmp.log, "
                        + "a new generation). A failure exits with the code of the JET error met; what recovery replayed before "
                        + "it stays written, as with the real engine.",
                "Times written come from a clock that continues one second after the newest log in the folder, and new "
                        + "signatures from --seed, so two copies of a folder recovered alike end with the same bytes."},
        footer = EseCommand.EXIT_FOOTER)
final class Recover extends EngineCommand {
    @Parameters(index = "0", paramLabel = "<folder>", description = "The folder holding the logs, the checkpoint and the database.")
    Path folder;

    @Option(names = {"-i", "--ignore-mismatched-attachments"},
            description = "eseutil /r /i: complete recovery although the database the logs attached is missing or is another one "
                    + "(its database signature); that database is left as it is.")
    boolean ignoreMismatchedAttachments;

    @Override
    Outcome run() {
        EngineConfig config = engineIn(folder);
        RecoveryResult r = SoftRecovery.run(config, new SoftRecovery.Options(ignoreMismatchedAttachments));
        StringBuilder text = heading("RECOVERY", config);
        Optional<Problem> problem = report(text, r);
        return Outcome.of(text.toString(), resultOf(config).put("recovery", JsonViews.recovery(r))).failing(problem);
    }
}
