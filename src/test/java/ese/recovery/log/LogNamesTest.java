package ese.recovery.log;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Log file names: base, generation in hex (five digits up to 0xFFFFF, eight beyond), current, temporary, checkpoint. */
class LogNamesTest {
    private final LogNames e00 = new LogNames("E00");

    @ParameterizedTest(name = "0x{0} -> {1}")
    @CsvSource({"1, E0000001.log", "15, E0000015.log", "2E, E000002E.log", "FFFFF, E00FFFFF.log", "100000, E0000100000.log",
            "7FFFFFFF, E007FFFFFFF.log"})
    void numbered_log_names_and_back(String hex, String name) {
        int generation = Integer.parseInt(hex, 16);
        assertThat(e00.numbered(generation)).isEqualTo(name);
        assertThat(e00.generationOf(name)).contains(generation);
        assertThat(e00.generationOf(name.toLowerCase())).contains(generation);
        assertThat(LogNames.parseGenerationName(name)).contains(generation);
    }

    @Test
    void the_other_files_of_a_stream() {
        assertThat(e00.current()).isEqualTo("E00.log");
        assertThat(e00.temporary()).isEqualTo("E00tmp.log");
        assertThat(e00.checkpoint()).isEqualTo("E00.chk");
        assertThat(new LogNames("edb").current()).isEqualTo("EDB.log");
        assertThat(e00.isCurrent("e00.LOG")).isTrue();
        assertThat(e00.isTemporary("E00TMP.log")).isTrue();
        assertThat(e00.isCurrent("E0000001.log")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"E00.log", "E00tmp.log", "E01000015.log", "E0000000.log", "E0000015.chk", "E00000015.log", "E0000FFFFF.log",
            "E0000015.log.bak", "E00FFFFFFFF.log", "E000001G.log"})
    void names_that_are_not_a_numbered_log_of_this_stream(String name) {
        assertThat(e00.generationOf(name)).isEmpty();
    }

    @Test
    void parsing_a_name_as_the_articles_write_it() {
        assertThat(LogNames.parseGenerationName("E00.log")).isEqualTo(Optional.empty());
        assertThat(LogNames.parseGenerationName("EDB00012.log")).contains(0x12);
        assertThatThrownBy(() -> LogNames.parseGenerationName("priv1.edb")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("priv1.edb");
    }

    @Test
    void a_base_is_three_letters_or_digits() {
        for (String bad : new String[] {"E0", "E000", "E-0", "", null}) {
            assertThatThrownBy(() -> new LogNames(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> e00.numbered(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generation_shown_as_eseutil_shows_it() {
        assertThat(LogNames.describe(0x15)).isEqualTo("21 (0x15)");
        assertThat(LogNames.describe(0x2E)).isEqualTo("46 (0x2E)");
    }
}
