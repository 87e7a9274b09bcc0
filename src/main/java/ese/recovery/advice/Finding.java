package ese.recovery.advice;

import ese.recovery.jet.JetError;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One situation the advisor recognised: the evidence it read in the files, the JET error recovery meets
 * (or would meet) because of it, what to do, what not to do, and the sources that say so (an article and
 * its section, a KB article, a place in ESE's source).
 */
public record Finding(Situation situation, Optional<JetError> error, List<String> evidence, List<String> toDo,
                      List<String> notToDo, List<String> sources) {
    public Finding {
        Objects.requireNonNull(situation);
        Objects.requireNonNull(error);
        evidence = List.copyOf(evidence);
        toDo = List.copyOf(toDo);
        notToDo = List.copyOf(notToDo);
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a finding cites its source: " + situation);
        }
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(situation.words());
        error.ifPresent(e -> out.append(" (").append(e).append(')'));
        out.append('\n');
        evidence.forEach(e -> out.append("  read: ").append(e).append('\n'));
        toDo.forEach(e -> out.append("  do: ").append(e).append('\n'));
        notToDo.forEach(e -> out.append("  do not: ").append(e).append('\n'));
        sources.forEach(e -> out.append("  source: ").append(e).append('\n'));
        return out.toString();
    }
}
