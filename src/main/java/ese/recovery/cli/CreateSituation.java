package ese.recovery.cli;

import ese.recovery.engine.EngineProfile;
import ese.recovery.situation.Situation;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Path;
import java.util.Arrays;

/** The articles' situations as real folders, made by the engine, to try the operations by hand. */
@Command(name = "create-situation", mixinStandardHelpOptions = true,
        description = {"Makes one of the articles' situations in a new or empty folder, with the engine itself, the way the "
                + "specification's scenarios make it, and writes SITUATION.txt there: what was done, what the article "
                + "suggests, and the commands to try.",
                "E0000015: KB 812592's damaged E0000015.log case (an online backup in online-backup/, logs 0x10-0x19 and "
                        + "E00.log, E0000015.log damaged). E00000A7: its offline backup case (offline-backup/, logs "
                        + "E00000A1.log-E00000A7.log, E00.log and page 1 of the database damaged; Exchange 2000 only).",
                "Refuses a folder that is not empty: nothing is ever overwritten."},
        footer = EseCommand.EXIT_FOOTER)
final class CreateSituation extends EseCommand {
    @Parameters(index = "0", paramLabel = "<situation>", converter = SituationConverter.class,
            description = "E0000015 or E00000A7.")
    Situation situation;

    @Parameters(index = "1", paramLabel = "<folder>", description = "A new or empty folder.")
    Path folder;

    @Option(names = "--profile", paramLabel = "<engine>", converter = EngineCommand.ProfileConverter.class,
            description = "The Exchange version: EXCHANGE_5_5 (E0000015 only, as EDB00015.log), EXCHANGE_2000 (default), EXCHANGE_2000_SP2.")
    EngineProfile profile = EngineProfile.EXCHANGE_2000;

    @Option(names = "--seed", paramLabel = "<n>", defaultValue = "" + Situation.DEFAULT_SEED,
            description = "Seed of the signatures (default: ${DEFAULT-VALUE}, the specification's).")
    long seed;

    @Override
    Outcome run() {
        if (!situation.profiles().contains(profile)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    situation + " is made for " + situation.profiles() + " only, not " + profile.name());
        }
        Situation.Made made = situation.make(folder, profile, seed);
        Json.Obj result = Json.object()
                .put("situation", made.situation().name())
                .put("folder", JsonViews.path(made.folder()))
                .put("profile", made.profile().name())
                .put("description", made.description());
        return Outcome.of(made.description() + "\n(written to " + JsonViews.path(folder.resolve(Situation.README)) + ")\n", result);
    }

    static final class SituationConverter implements ITypeConverter<Situation> {
        @Override
        public Situation convert(String value) {
            try {
                return Situation.named(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a situation; known: " + Arrays.toString(Situation.values()));
            }
        }
    }
}
