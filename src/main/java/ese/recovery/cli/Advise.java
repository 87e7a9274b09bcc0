package ese.recovery.cli;

import ese.recovery.advice.Advice;
import ese.recovery.advice.Advisor;
import ese.recovery.advice.SituationAdvisor;
import ese.recovery.advice.SituationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** Which rule of the articles applies to a folder, what to do and not to do, with the evidence read. */
@Command(name = "advise", mixinStandardHelpOptions = true,
        description = {"Reads a store's folder (the logs and their sequence, the checkpoint, the database header and pages, "
                + "restore/restore.env, backups in its subfolders) and says which rule of KB 812592 applies: what not to do, "
                + "what to do in order (with eserecover commands), the article's section and sentence, and the evidence read.",
                "Reads only: never changes a byte. Exits with 0 whenever it could read the folder: the advice is the result."},
        footer = EseCommand.EXIT_FOOTER)
final class Advise extends EseCommand {
    @Parameters(index = "0", paramLabel = "<folder>", description = "The store's folder (an Exchange mdbdata folder).")
    Path folder;

    @Override
    Outcome run() {
        requireFolder(folder);
        Advice a = Advisor.advise(readOnlyDisk(), folder.toAbsolutePath().normalize());
        StringBuilder text = new StringBuilder();
        text.append("Folder: ").append(JsonViews.path(folder)).append('\n');
        text.append("Rule: ").append(a.rule()).append("\n\n");
        text.append(a.summary()).append("\n");
        if (!a.doNot().isEmpty()) {
            text.append("\nDo not:\n");
            a.doNot().forEach(d -> text.append("  - ").append(d).append('\n'));
        }
        if (!a.steps().isEmpty()) {
            text.append("\nWhat to do, in order:\n");
            for (int i = 0; i < a.steps().size(); i++) {
                text.append(String.format("  %d. %s%n", i + 1, a.steps().get(i)));
            }
        }
        if (!a.sources().isEmpty()) {
            text.append("\nWhere the article says so:\n");
            a.sources().forEach(s -> text.append("  - ").append(s).append('\n'));
        }
        text.append("\nEvidence read:\n");
        a.evidence().forEach(e -> text.append("  - ").append(e.file() == null ? "" : JsonViews.path(e.file()) + ": ").append(e.shows()).append('\n'));
        SituationReport report = SituationAdvisor.examine(readOnlyDisk(), folder.toAbsolutePath().normalize());
        if (!report.findings().isEmpty()) {
            text.append("\nEvery situation recognised in the files (the engine's own checks, with their sources):\n");
            report.findings().forEach(f -> text.append(f.toString().indent(2)));
        }
        Json.Obj result = Json.object()
                .put("folder", JsonViews.path(folder))
                .put("rule", a.rule().name())
                .put("profile", report.profile() == null ? null : report.profile().name())
                .put("summary", a.summary())
                .put("doNot", Json.array(a.doNot()))
                .put("steps", Json.array(a.steps()))
                .put("sources", Json.array(a.sources().stream().map(s -> Json.object()
                        .put("article", s.article()).put("section", s.section()).put("quote", s.quote())).toList()))
                .put("evidence", Json.array(a.evidence().stream().map(e -> Json.object()
                        .put("file", JsonViews.path(e.file())).put("shows", e.shows())).toList()))
                .put("findings", Json.array(report.findings().stream().map(f -> Json.object()
                        .put("situation", f.situation().name())
                        .put("error", f.error().map(JsonViews::error).orElse(null))
                        .put("evidence", Json.array(f.evidence()))
                        .put("toDo", Json.array(f.toDo()))
                        .put("notToDo", Json.array(f.notToDo()))
                        .put("sources", Json.array(f.sources()))).toList()));
        return Outcome.of(text.toString(), result);
    }
}
