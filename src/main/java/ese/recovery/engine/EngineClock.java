package ese.recovery.engine;

import java.time.Duration;
import java.time.Instant;

/** The engine's only source of time. */
public interface EngineClock {
    Instant now();

    /** A deterministic clock: starts at {@code start} and moves {@code step} forward at every reading. */
    static EngineClock simulated(Instant start, Duration step) {
        return new EngineClock() {
            private Instant next = start;

            @Override
            public synchronized Instant now() {
                Instant t = next;
                next = next.plus(step);
                return t;
            }
        };
    }
}
