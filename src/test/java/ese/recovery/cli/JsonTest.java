package ese.recovery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hand-written JSON writer: what it writes, a standard parser reads back the same. */
class JsonTest {
    @Test
    void writesWhatAParserReadsBack() throws Exception {
        Json.Obj o = Json.object()
                .put("text", "quote \" backslash \\ newline \n tab \t control \u0001 accent é")
                .put("int", -528)
                .put("long", 4294966768L)
                .put("bool", true)
                .put("none", null)
                .put("list", Json.array(List.of(1, 2, 3)))
                .put("empty", Json.array(List.of()))
                .put("object", Json.object().put("a", "b"))
                .put("emptyObject", Json.object());

        JsonNode n = new ObjectMapper().readTree(Json.write(o));

        assertThat(n.get("text").asText()).isEqualTo("quote \" backslash \\ newline \n tab \t control \u0001 accent é");
        assertThat(n.get("int").asInt()).isEqualTo(-528);
        assertThat(n.get("long").asLong()).isEqualTo(4294966768L);
        assertThat(n.get("bool").asBoolean()).isTrue();
        assertThat(n.get("none").isNull()).isTrue();
        assertThat(n.get("list")).hasSize(3);
        assertThat(n.get("empty")).isEmpty();
        assertThat(n.get("object").get("a").asText()).isEqualTo("b");
        assertThat(n.fieldNames()).toIterable().containsExactly("text", "int", "long", "bool", "none", "list", "empty", "object", "emptyObject");
    }

    @Test
    void refusesWhatIsNotAJsonValueAndAFieldPutTwice() {
        assertThatThrownBy(() -> Json.object().put("x", 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.object().put("x", 1).put("x", 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
