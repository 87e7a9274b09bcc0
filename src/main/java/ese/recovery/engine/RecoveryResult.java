package ese.recovery.engine;

import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import ese.recovery.jet.Lgpos;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a recovery did: the generations it replayed in order, the events it reported, and, when it
 * failed, the JET error, the file it concerns and a one-line reason.
 */
public record RecoveryResult(
        Kind kind,
        List<Integer> replayedGenerations,
        List<EngineEvent> events,
        Optional<JetError> error,
        Optional<Path> file,
        String detail,
        Optional<Lgpos> stoppedAt) {

    public enum Kind { SOFT, HARD }

    public RecoveryResult {
        replayedGenerations = List.copyOf(replayedGenerations);
        events = List.copyOf(events);
    }

    public boolean succeeded() {
        return error.isEmpty();
    }

    static RecoveryResult success(Kind kind, List<Integer> replayed, List<EngineEvent> events) {
        return new RecoveryResult(kind, replayed, events, Optional.empty(), Optional.empty(), "recovery completed", Optional.empty());
    }

    static RecoveryResult failure(Kind kind, List<Integer> replayed, List<EngineEvent> events, JetException e, Lgpos stoppedAt) {
        return new RecoveryResult(kind, replayed, events, Optional.of(e.error()), Optional.ofNullable(e.file()), e.getMessage(),
                Optional.ofNullable(stoppedAt));
    }

    @Override
    public String toString() {
        return kind + " recovery " + (succeeded() ? "succeeded" : "failed: " + detail) + ", replayed " + replayedGenerations.stream()
                .map(g -> "0x" + Integer.toHexString(g).toUpperCase()).toList();
    }
}
