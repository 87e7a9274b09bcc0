package ese.recovery.docs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs after the specification (Failsafe execution {@code traceability}, post-integration-test) on
 * the Cucumber messages it wrote: writes {@code reports/traceability.html}, and fails the build when a
 * claim of the articles has no passing scenario or a tag names no claim.
 */
class TraceabilityIT {

    @Test
    void every_claim_has_a_passing_scenario() {
        assertThat(Specification.RUN_MESSAGES).as("the specification's Cucumber messages (run SpecificationIT first)").isRegularFile();
        List<SpecScenario> run = Specification.run(Specification.RUN_MESSAGES);
        Traceability traceability = new Traceability(Claims.read(), run);
        TraceabilityReport.write(traceability, TraceabilityReport.FILE);

        assumeTrue(System.getProperty("cucumber.filter.tags") == null && System.getProperty("cucumber.features") == null,
                "a subset of the specification was run; claims are only checked on a full run");
        assertThat(run).as("scenarios run").hasSameSizeAs(Specification.written());
        assertThat(traceability.runProblems()).as("traceability problems").isEmpty();
    }
}
