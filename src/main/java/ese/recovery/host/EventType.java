package ese.recovery.host;

import java.util.Arrays;

/** An event's type, as Event Viewer names it. */
public enum EventType {
    ERROR("Error"), WARNING("Warning"), INFORMATION("Information");

    private final String shown;

    EventType(String shown) {
        this.shown = shown;
    }

    public String shown() {
        return shown;
    }

    public static EventType shown(String text) {
        return Arrays.stream(values()).filter(t -> t.shown.equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event type '" + text + "' (Error, Warning, Information)"));
    }
}
