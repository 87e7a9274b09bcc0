package ese.recovery.gate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MutationGateTest {
    @TempDir
    Path dir;

    private static String mutation(String cls, String status, boolean detected) {
        return "<mutation detected='" + detected + "' status='" + status + "' numberOfTestsRun='1'><sourceFile>X.java</sourceFile>"
                + "<mutatedClass>" + cls + "</mutatedClass><mutatedMethod>m</mutatedMethod><methodDescription>()V</methodDescription>"
                + "<lineNumber>7</lineNumber><mutator>M</mutator><indexes><index>1</index></indexes><blocks><block>1</block></blocks>"
                + "<killingTest/><description>negated | conditional</description></mutation>";
    }

    @Test
    void scores_the_recovery_core_and_the_whole_model_from_one_run() throws Exception {
        Path xml = dir.resolve("mutations.xml");
        Files.writeString(xml, "<?xml version='1.0'?><mutations>"
                + mutation("ese.recovery.engine.SoftRecovery", "KILLED", true)
                + mutation("ese.recovery.log.LogFile", "TIMED_OUT", true)
                + mutation("ese.recovery.log.LogFile", "SURVIVED", false)
                + mutation("ese.recovery.cli.Recover", "NO_COVERAGE", false)
                + mutation("ese.recovery.host.Registry", "KILLED", true)
                + "</mutations>");
        List<MutationGate.Mutant> mutants = MutationGate.read(xml);

        assertThat(MutationGate.score(mutants, true)).isEqualTo(new MutationGate.Score(2, 3));
        assertThat(MutationGate.score(mutants, false)).isEqualTo(new MutationGate.Score(3, 5));
        String report = MutationGate.report(mutants, MutationGate.score(mutants, true), MutationGate.score(mutants, false), 90, 50);
        assertThat(report)
                .contains("| recovery core (log, checkpoint, database, engine) | 2 of 3 (66.7%) | 90% | **not met** |")
                .contains("| whole model | 3 of 5 (60.0%) | 50% | met |")
                .contains("| `ese.recovery.log.LogFile` | `m` | 7 | negated \\| conditional | SURVIVED |")
                .contains("| `ese.recovery.cli.Recover` | `m` | 7 | negated \\| conditional | NO_COVERAGE |")
                .doesNotContain("SoftRecovery` |");
    }

    @Test
    void adds_up_the_run_through_the_model_and_the_run_through_the_tool() throws Exception {
        Path model = dir.resolve("model.xml");
        Path tool = dir.resolve("tool.xml");
        Files.writeString(model, "<?xml version='1.0'?><mutations>" + mutation("ese.recovery.engine.SoftRecovery", "KILLED", true) + "</mutations>");
        Files.writeString(tool, "<?xml version='1.0'?><mutations>" + mutation("ese.recovery.cli.Recover", "SURVIVED", false)
                + mutation("ese.recovery.cli.Recover", "KILLED", true) + "</mutations>");

        List<MutationGate.Mutant> mutants = MutationGate.readAll(List.of(model, tool));

        assertThat(MutationGate.score(mutants, true)).isEqualTo(new MutationGate.Score(1, 1));
        assertThat(MutationGate.score(mutants, false)).isEqualTo(new MutationGate.Score(2, 3));
    }
}
