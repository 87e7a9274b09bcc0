package ese.recovery.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which scenarios check which claim, and what is wrong with that mapping: a tag naming no claim, a
 * scenario naming none, a claim no scenario of its folder checks (or, after a run, none passed).
 * A claim whose feature folder does not exist yet is <em>awaiting</em> its folder, not missing.
 */
public final class Traceability {
    private final Claims claims;
    private final List<SpecScenario> scenarios;
    private final Map<String, List<SpecScenario>> byClaim = new LinkedHashMap<>();

    public Traceability(Claims claims, List<SpecScenario> scenarios) {
        this.claims = claims;
        this.scenarios = scenarios;
        for (Claims.Claim c : claims.all()) {
            byClaim.put(c.id(), new ArrayList<>());
        }
        for (SpecScenario s : scenarios) {
            for (String id : s.claimIds()) {
                if (byClaim.containsKey(id)) {
                    byClaim.get(id).add(s);
                }
            }
        }
    }

    public Claims claims() {
        return claims;
    }

    public List<SpecScenario> scenarios() {
        return scenarios;
    }

    public List<SpecScenario> scenariosOf(String claimId) {
        return byClaim.getOrDefault(claimId, List.of());
    }

    /** Whether the claim's feature folder exists yet (features/cluster-restore arrives later). */
    public static boolean folderExists(Claims.Claim c) {
        return Files.isDirectory(Path.of(c.folder()));
    }

    public List<Claims.Claim> awaitingFolder() {
        return claims.all().stream().filter(c -> !folderExists(c)).toList();
    }

    /** Problems with the tags alone (no run needed). */
    public List<String> tagProblems() {
        List<String> problems = new ArrayList<>();
        for (SpecScenario s : scenarios) {
            boolean transcribesAnArticle = s.tags().stream().anyMatch(t -> t.startsWith("@article:"));
            if (s.claimIds().isEmpty() && transcribesAnArticle) {
                problems.add(s.location() + " \"" + s.name() + "\" names no claim (tag it @claim:<id> from " + Claims.FILE + ")");
            }
            for (String id : s.claimIds()) {
                var claim = claims.find(id);
                if (claim.isEmpty()) {
                    problems.add(s.location() + " tag @claim:" + id + " names no claim in " + Claims.FILE);
                } else if (!claim.get().folder().equals(s.folder())) {
                    problems.add(s.location() + " tag @claim:" + id + " belongs to " + claim.get().folder() + ", not " + s.folder());
                }
            }
        }
        for (Claims.Claim c : claims.all()) {
            if (folderExists(c) && scenariosOf(c.id()).isEmpty()) {
                problems.add(c.id() + " (" + c.section() + ": \"" + c.sentence() + "\") has no scenario in " + c.folder());
            }
        }
        return problems;
    }

    /** After a run: each claim whose folder exists needs a scenario that passed. */
    public List<String> runProblems() {
        List<String> problems = new ArrayList<>(tagProblems());
        for (Claims.Claim c : claims.all()) {
            List<SpecScenario> checking = scenariosOf(c.id());
            if (folderExists(c) && !checking.isEmpty() && checking.stream().noneMatch(SpecScenario::passed)) {
                problems.add(c.id() + " (" + c.section() + ") has no passing scenario: "
                        + checking.stream().map(s -> s.location() + " " + s.status().orElse("NOT RUN")).toList());
            }
        }
        return problems;
    }

    /** Claim ids a folder README does not mention. */
    public Set<String> missingFromReadme(String folder, String readme) {
        Set<String> missing = new TreeSet<>();
        for (Claims.Claim c : claims.all()) {
            if (c.folder().equals(folder) && !readme.matches("(?s).*\\b" + c.id() + "\\b.*")) {
                missing.add(c.id());
            }
        }
        return missing;
    }
}
