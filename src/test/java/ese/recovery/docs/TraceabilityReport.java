package ese.recovery.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated traceability table, {@code reports/traceability.html}: for each claim of each article
 * section, the scenarios that check it with their outcome; each scenario opens onto its steps, each
 * step links to its glue method and to the model classes that method calls. Opens from disk.
 */
public final class TraceabilityReport {
    public static final Path FILE = Path.of("reports", "traceability.html");
    private static final String UP = "../"; // from reports/ to the project

    private TraceabilityReport() {
    }

    public static void write(Traceability t, Path file) {
        GlueSource glue = new GlueSource();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<title>Traceability: article claims to scenarios</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;max-width:90em}table{border-collapse:collapse;width:100%}")
                .append("td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}")
                .append("th{background:#eee}.PASSED{color:#1a7f37}.FAILED,.UNDEFINED,.AMBIGUOUS,.PENDING{color:#cf222e;font-weight:bold}")
                .append(".SKIPPED,.awaiting{color:#9a6700}code{font-size:90%}details{margin:.2em 0}ol{margin:.2em 0}")
                .append("q{font-style:italic}</style></head><body>\n");
        long passed = t.scenarios().stream().filter(SpecScenario::passed).count();
        h.append("<h1>Traceability: every claim of the two articles, and the scenarios that check it</h1>\n")
                .append("<p>").append(t.claims().all().size()).append(" claims (from <a href=\"").append(UP)
                .append("docs/claims.tsv\">docs/claims.tsv</a>), ").append(t.scenarios().size()).append(" scenarios run, ")
                .append(passed).append(" passed. The articles: <a href=\"https://support.microsoft.com/kb/812592\">KB 812592</a>, ")
                .append("<a href=\"https://support.microsoft.com/kb/Q188674\">KB Q188674</a>. Find an article sentence by its opening words; ")
                .append("open a scenario to see its steps, the glue method of each step and the model classes it calls. ")
                .append("Terms: <a href=\"").append(UP).append("docs/glossary.md\">docs/glossary.md</a>.</p>\n");
        Map<String, Map<String, List<Claims.Claim>>> byArticle = new LinkedHashMap<>();
        for (Claims.Claim c : t.claims().all()) {
            byArticle.computeIfAbsent(c.article(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(c.section(), k -> new java.util.ArrayList<>()).add(c);
        }
        for (var article : byArticle.entrySet()) {
            h.append("<h2>").append(esc(article.getKey())).append("</h2>\n");
            for (var section : article.getValue().entrySet()) {
                h.append("<h3>").append(esc(section.getKey())).append("</h3>\n<table><tr><th>Claim</th><th>Article sentence</th>")
                        .append("<th>In our words</th><th>Scenarios</th></tr>\n");
                for (Claims.Claim c : section.getValue()) {
                    h.append("<tr id=\"").append(c.id()).append("\"><td><code>").append(c.id()).append("</code></td><td><q>")
                            .append(esc(c.sentence())).append("</q></td><td>").append(esc(c.claim())).append("</td><td>");
                    List<SpecScenario> checking = t.scenariosOf(c.id());
                    if (checking.isEmpty()) {
                        h.append(Traceability.folderExists(c)
                                ? "<span class=\"FAILED\">no scenario</span>"
                                : "<span class=\"awaiting\">awaiting <code>" + esc(c.folder()) + "/</code></span>");
                    }
                    for (SpecScenario s : checking) {
                        scenario(h, s, glue);
                    }
                    h.append("</td></tr>\n");
                }
                h.append("</table>\n");
            }
        }
        h.append("</body></html>\n");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, h, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void scenario(StringBuilder h, SpecScenario s, GlueSource glue) {
        String status = s.status().orElse("NOT RUN");
        h.append("<details><summary><span class=\"").append(status).append("\">").append(status).append("</span> ")
                .append(esc(s.name())).append("</summary>\n<p><a href=\"").append(UP).append(s.uri()).append("\">")
                .append(esc(s.location())).append("</a>").append(s.rule().map(r -> " &mdash; Rule: " + esc(r)).orElse(""))
                .append("</p><ol>\n");
        for (SpecScenario.Step step : s.steps()) {
            String st = step.status().orElse("");
            h.append("<li><span class=\"").append(st).append("\"><b>").append(esc(step.keyword())).append("</b> ")
                    .append(esc(step.text())).append("</span>");
            if (step.glueClass().isPresent() && step.glueMethod().isPresent()) {
                String cls = step.glueClass().get();
                String simple = cls.substring(cls.lastIndexOf('.') + 1);
                var method = glue.find(cls, step.glueMethod().get());
                h.append("<br>glue: <a href=\"").append(UP).append(GlueSource.TEST_SOURCES.resolve(GlueSource.sourceOf(cls)).toString().replace('\\', '/'))
                        .append("\"><code>").append(esc(simple)).append('.').append(esc(step.glueMethod().get())).append("</code></a>");
                method.ifPresent(m -> {
                    h.append(" (line ").append(m.line()).append(')');
                    if (!m.modelClasses().isEmpty()) {
                        h.append(" &rarr; model:");
                        for (String fq : m.modelClasses()) {
                            h.append(" <a href=\"").append(UP).append(GlueSource.MAIN_SOURCES.resolve(GlueSource.sourceOf(fq)).toString().replace('\\', '/'))
                                    .append("\"><code>").append(esc(fq.substring(fq.lastIndexOf('.') + 1))).append("</code></a>");
                        }
                    }
                });
            }
            h.append("</li>\n");
        }
        h.append("</ol></details>\n");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
