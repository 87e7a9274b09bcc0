package ese.recovery.advice;

import ese.recovery.engine.EngineProfile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the {@link SituationAdvisor} found in a folder: the engine its files belong to and the situations
 * recognised, those that block recovery first.
 */
public record SituationReport(Path folder, EngineProfile profile, List<Finding> findings) {
    public SituationReport {
        findings = List.copyOf(findings);
    }

    /** The finding for {@code situation}, if it was recognised. */
    public Optional<Finding> finding(Situation situation) {
        return findings.stream().filter(f -> f.situation() == situation).findFirst();
    }

    public boolean recognises(Situation situation) {
        return finding(situation).isPresent();
    }

    /** The finding to act on first. */
    public Optional<Finding> first() {
        return findings.stream().findFirst();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(folder + " (" + profile + ")\n");
        findings.forEach(out::append);
        return out.toString();
    }
}
