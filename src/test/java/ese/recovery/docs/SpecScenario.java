package ese.recovery.docs;

import java.util.List;
import java.util.Optional;

/**
 * One scenario of the specification (one example row of an outline), as written and, after a run,
 * with its outcome.
 *
 * @param uri     the feature file, relative to the project: features/&lt;folder&gt;/&lt;file&gt;.feature
 * @param line    the line of the scenario, or of its example row
 * @param name    the scenario's name (placeholders filled in)
 * @param feature the feature's name
 * @param rule    the rule it illustrates, if any
 * @param tags    every tag it carries, inherited ones included
 * @param status  PASSED, FAILED... after a run; empty when only parsed
 * @param steps   its steps
 */
public record SpecScenario(String uri, int line, String name, String feature, Optional<String> rule,
                           List<String> tags, Optional<String> status, List<Step> steps) {

    /**
     * One step.
     *
     * @param keyword   Given, When, Then, And...
     * @param text      the step as written, placeholders filled in
     * @param status    its outcome after a run
     * @param glueClass the step definition's class, after a run (e.g. ese.recovery.spec.RecoverySteps)
     * @param glueMethod the step definition's method, after a run
     */
    public record Step(String keyword, String text, Optional<String> status, Optional<String> glueClass,
                       Optional<String> glueMethod) {
    }

    public List<String> claimIds() {
        return Claims.idsIn(tags);
    }

    public String folder() {
        int slash = uri.lastIndexOf('/');
        return slash < 0 ? uri : uri.substring(0, slash);
    }

    public boolean passed() {
        return status.map("PASSED"::equals).orElse(false);
    }

    public Optional<String> tagValue(String prefix) {
        return tags.stream().filter(t -> t.startsWith(prefix)).map(t -> t.substring(prefix.length())).findFirst();
    }

    /** Where to find it: features/x/y.feature:12. */
    public String location() {
        return uri + ":" + line;
    }
}
