package ese.recovery.log;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogNamesParsingTest {
    private final LogNames e00 = new LogNames("E00");

    @Test
    void numberedNamesCarryTheGenerationInFiveHexDigitsUpTo0xFFFFFAndEightBeyond() {
        assertThat(e00.numbered(0x15)).isEqualTo("E0000015.log");
        assertThat(e00.numbered(0xA7)).isEqualTo("E00000A7.log");
        assertThat(e00.numbered(0xFFFEF)).isEqualTo("E00FFFEF.log");
        assertThat(e00.numbered(0xFFFFF)).isEqualTo("E00FFFFF.log");
        assertThat(e00.numbered(0x100000)).isEqualTo("E0000100000.log");
        assertThat(new LogNames("edb").numbered(1)).isEqualTo("EDB00001.log");
    }

    @Test
    void theGenerationIsReadBackFromTheName() {
        assertThat(e00.generationOf("E0000015.log")).contains(0x15);
        assertThat(e00.generationOf("e00000a7.LOG")).contains(0xA7);
        assertThat(e00.generationOf("E00FFFEF.log")).contains(0xFFFEF);
        assertThat(e00.generationOf("E0000100000.log")).contains(0x100000);
    }

    @Test
    void otherNamesAreNotNumberedLogsOfThisStream() {
        assertThat(e00.generationOf("E00.log")).isEmpty();
        assertThat(e00.generationOf("E00tmp.log")).isEmpty();
        assertThat(e00.generationOf("E00.chk")).isEmpty();
        assertThat(e00.generationOf("E0100015.log")).isEmpty();
        assertThat(e00.generationOf("E000015.log")).isEmpty();
        assertThat(e00.generationOf("E00000015.log")).isEmpty();
        assertThat(e00.generationOf("E000001G.log")).isEmpty();
        assertThat(e00.generationOf("E0000000.log")).isEmpty();
        assertThat(e00.generationOf("E0000015.txt")).isEmpty();
        assertThat(e00.generationOf("E000000FF.log")).isEmpty();
        assertThat(e00.generationOf("E00\u0661\u0661\u0661\u0661\u0661.log")).isEmpty();
        assertThat(e00.generationOf("E0000015.\u0130og")).isEmpty();
    }
}
