package ese.recovery.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for the tool's {@code --json} output: objects keep their fields in the order
 * they were put (so the output is stable), values are null, strings, booleans, integers, lists and
 * objects. Written by hand to keep the runnable jar to the model and picocli.
 */
final class Json {
    private Json() {
    }

    /** An object whose fields keep their order. */
    static final class Obj {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        Obj put(String name, Object value) {
            if (!(value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                    || value instanceof Long || value instanceof Obj || value instanceof List<?>)) {
                throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
            }
            if (fields.containsKey(name)) {
                throw new IllegalArgumentException("field put twice: " + name);
            }
            fields.put(name, value);
            return this;
        }

        Object get(String name) {
            return fields.get(name);
        }
    }

    static Obj object() {
        return new Obj();
    }

    static List<Object> array(List<?> values) {
        return new ArrayList<>(values);
    }

    /** The value as indented JSON text, ending without a newline. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, int indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Obj o) {
            if (o.fields.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<String, Object> e : o.fields.entrySet()) {
                pad(out, indent + 1);
                string(out, e.getKey());
                out.append(": ");
                write(out, e.getValue(), indent + 1);
                out.append(++i < o.fields.size() ? ",\n" : "\n");
            }
            pad(out, indent);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                pad(out, indent + 1);
                write(out, list.get(i), indent + 1);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            pad(out, indent);
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void pad(StringBuilder out, int indent) {
        out.append("  ".repeat(indent));
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
