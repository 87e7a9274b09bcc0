package ese.recovery.cli;

import ese.recovery.jet.JetError;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The exit code table: one code per row, one row per JET error, and never a code that means something else. */
class ExitCodesTest {
    @Test
    void codesAreDistinctAndFitAnExitStatus() {
        assertThat(ExitCodes.rows()).extracting(ExitCodes.Row::code).doesNotHaveDuplicates().allMatch(c -> c >= 0 && c <= 125);
    }

    @Test
    void aJetErrorNeverExitsAsSuccessUsageOrInternalError() {
        for (JetError e : JetError.values()) {
            assertThat(ExitCodes.of(e)).as("%s", e).isNotIn(ExitCodes.SUCCESS, ExitCodes.USAGE, ExitCodes.INTERNAL);
        }
    }

    @Test
    void everyCodeTheTableGivesIsInTheHelp() {
        String table = ExitCodes.table();
        Set<JetError> listed = ExitCodes.rows().stream().flatMap(r -> r.errors().stream()).collect(Collectors.toSet());
        for (JetError e : listed) {
            assertThat(table).contains(e.toString());
        }
        assertThat(ExitCodes.of(JetError.JET_errMissingLogFile)).isEqualTo(16);
        assertThat(ExitCodes.of(JetError.JET_errLogFileCorrupt)).isEqualTo(10);
        assertThat(ExitCodes.of(JetError.JET_errFileNotFound)).isEqualTo(ExitCodes.IO);
    }

    @Test
    void docsCliMdListsEveryRowOfTheTable() throws Exception {
        String doc = Files.readString(Path.of("docs/cli.md"));
        for (ExitCodes.Row r : ExitCodes.rows()) {
            String errors = String.join(", ", r.errors().stream().map(JetError::toString).toList());
            String row = "| " + r.code() + " | " + (errors.isEmpty() ? "|" : errors + " |");
            assertThat(doc).as("docs/cli.md row for exit code %d", r.code()).contains(row);
        }
    }
}
