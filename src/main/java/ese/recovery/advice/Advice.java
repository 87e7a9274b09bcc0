package ese.recovery.advice;

import java.nio.file.Path;
import java.util.List;

/**
 * What the articles say to do with one folder: the rule that applies, in a sentence; what not to do;
 * the steps, in order; where the articles say so; and the evidence read from the files.
 */
public record Advice(Path folder, Rule rule, String summary, List<String> doNot, List<String> steps, List<Source> sources,
                     List<Evidence> evidence) {
    public Advice {
        doNot = List.copyOf(doNot);
        steps = List.copyOf(steps);
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
    }

    /** The rules of the articles a folder can fall under. */
    public enum Rule {
        /** The database is consistent and its logs are sound: nothing to recover. */
        NOTHING_TO_RECOVER,
        /** Stopped abnormally, every log it requires present and sound: soft recovery replays them. */
        SOFT_RECOVERY,
        /** Soft recovery fails (or has failed) on this database: do not rename logs; restore and hard-recover. */
        DO_NOT_MANIPULATE_LOGS,
        /** A consistent database (an offline backup restored) and damaged logs: the one case for renaming. */
        RENAME_AFTER_OFFLINE_RESTORE,
        /** A restore from an online backup waits for hard recovery, which needs no renaming. */
        COMPLETE_HARD_RECOVERY,
        /** The folder is not a store the articles speak of (no database, no logs). */
        NOT_COVERED
    }

    /** A place in an article: the article, its section, and the sentence the advice rests on. */
    public record Source(String article, String section, String quote) {
        @Override
        public String toString() {
            return article + ", \"" + section + "\": \"" + quote + "\"";
        }
    }

    /** One thing read from a file: the file and what it shows. */
    public record Evidence(Path file, String shows) {
        @Override
        public String toString() {
            return (file == null ? "" : file.getFileName() + ": ") + shows;
        }
    }
}
