package ese.recovery.gate;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mutation gate (docs/trust.md): reads PIT's {@code mutations.xml} of the runs that together cover
 * the whole model (the features through the model for the model, through the tool for the tool's own
 * package) and checks two thresholds on them, the recovery core (log, checkpoint, database, engine) and
 * the whole model. Writes {@code reports/mutation.md} (the score of every package and every mutant left
 * alive) and exits with 1 when a threshold is not met.
 *
 * <p>Arguments: {@code <report.md> <core threshold %> <overall threshold %> <mutations.xml>...}.
 */
public final class MutationGate {
    /** The packages of the recovery core, as the issue names them: log, checkpoint, database, recovery. */
    static final List<String> CORE = List.of("ese.recovery.log", "ese.recovery.checkpoint", "ese.recovery.database", "ese.recovery.engine");

    record Mutant(String packageName, String className, String method, int line, String mutator, String description, String status, boolean detected) {
    }

    record Score(int detected, int total) {
        double percent() {
            return total == 0 ? 100.0 : 100.0 * detected / total;
        }

        Score plus(Mutant m) {
            return new Score(detected + (m.detected() ? 1 : 0), total + 1);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d of %d (%.1f%%)", detected, total, percent());
        }
    }

    private MutationGate() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: MutationGate <report.md> <core %> <overall %> <mutations.xml>...");
            System.exit(2);
        }
        List<Mutant> mutants = readAll(java.util.Arrays.stream(args, 3, args.length).map(Path::of).toList());
        int coreThreshold = Integer.parseInt(args[1]);
        int overallThreshold = Integer.parseInt(args[2]);
        Score core = score(mutants, true);
        Score overall = score(mutants, false);
        String report = report(mutants, core, overall, coreThreshold, overallThreshold);
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println("Mutation gate: recovery core " + core + ", threshold " + coreThreshold + "%; whole model " + overall
                + ", threshold " + overallThreshold + "%. Report: " + out);
        boolean pass = core.percent() >= coreThreshold && overall.percent() >= overallThreshold;
        if (!pass) {
            System.err.println("Mutation gate FAILED: the specification kills too few mutants (see " + out + ")");
            System.exit(1);
        }
    }

    /** The mutants of several runs, each over its own classes, as one list. */
    static List<Mutant> readAll(List<Path> runs) throws Exception {
        List<Mutant> mutants = new ArrayList<>();
        for (Path xml : runs) {
            mutants.addAll(read(xml));
        }
        return mutants;
    }

    static List<Mutant> read(Path xml) throws Exception {
        if (!Files.isRegularFile(xml)) {
            throw new IOException(xml + " is missing: run PIT first");
        }
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList nodes = factory.newDocumentBuilder().parse(xml.toFile()).getElementsByTagName("mutation");
        List<Mutant> mutants = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            String cls = text(e, "mutatedClass");
            int dot = cls.lastIndexOf('.');
            mutants.add(new Mutant(cls.substring(0, dot), cls.substring(dot + 1), text(e, "mutatedMethod"), Integer.parseInt(text(e, "lineNumber")),
                    text(e, "mutator"), text(e, "description"), e.getAttribute("status"), Boolean.parseBoolean(e.getAttribute("detected"))));
        }
        return mutants;
    }

    private static String text(Element e, String tag) {
        return e.getElementsByTagName(tag).item(0).getTextContent();
    }

    static boolean isCore(Mutant m) {
        return CORE.contains(m.packageName());
    }

    static Score score(List<Mutant> mutants, boolean coreOnly) {
        Score s = new Score(0, 0);
        for (Mutant m : mutants) {
            if (!coreOnly || isCore(m)) {
                s = s.plus(m);
            }
        }
        return s;
    }

    static String report(List<Mutant> mutants, Score core, Score overall, int coreThreshold, int overallThreshold) {
        Map<String, Score> byPackage = new TreeMap<>();
        for (Mutant m : mutants) {
            byPackage.merge(m.packageName(), new Score(0, 0).plus(m), (a, b) -> new Score(a.detected() + b.detected(), a.total() + b.total()));
        }
        StringBuilder md = new StringBuilder("# Mutation gate\n\n");
        md.append("The Gherkin specification alone against every mutant PIT makes of the model (docs/trust.md).\n\n");
        md.append("| Gate | Mutants killed | Threshold | |\n|---|---|---|---|\n");
        md.append(row("recovery core (log, checkpoint, database, engine)", core, coreThreshold));
        md.append(row("whole model", overall, overallThreshold));
        md.append("\n| Package | Mutants killed |\n|---|---|\n");
        byPackage.forEach((p, s) -> md.append("| `").append(p).append("` | ").append(s).append(" |\n"));
        md.append("\n## Mutants left alive\n\n| Class | Method | Line | Mutation | Status |\n|---|---|---|---|---|\n");
        for (Mutant m : mutants) {
            if (!m.detected()) {
                md.append("| `").append(m.packageName()).append('.').append(m.className()).append("` | `").append(m.method()).append("` | ")
                        .append(m.line()).append(" | ").append(m.description().replace("|", "\\|")).append(" | ").append(m.status()).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String row(String gate, Score s, int threshold) {
        return "| " + gate + " | " + s + " | " + threshold + "% | " + (s.percent() >= threshold ? "met" : "**not met**") + " |\n";
    }
}
