package ese.recovery.log;

import ese.recovery.io.Disk;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import ese.recovery.jet.Signature;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies one log stream in a folder, the way {@code eseutil /ml E00} does: every log of the stream
 * is read (header and records), then the sequence is checked from the lowest numbered log to the
 * current log:
 * <ul>
 * <li>every generation in the range is present, and so is the current log ({@code E00.log}), else
 *     JET_errMissingLogFile (-528);</li>
 * <li>each log's header is readable and its records intact, else the header's error or
 *     JET_errLogFileCorrupt (-501);</li>
 * <li>the generation in a numbered log's name agrees with its header, and the current log carries
 *     the generation after the highest numbered log, else JET_errLogGenerationMismatch (-513);</li>
 * <li>every log carries the current log's log signature, else JET_errBadLogSignature (-530);</li>
 * <li>each log's previous-generation time equals the previous log's creation time, else
 *     JET_errInvalidLogSequence (-515); as eseutil does, a log is compared with the log before it only when
 *     that log was read and followed its own predecessor.</li>
 * </ul>
 * {@code E00tmp.log} stands in for a missing {@code E00.log}, as soft recovery accepts it; next to
 * {@code E00.log} it is the next log being prepared and only its own integrity is checked. Verifying
 * only reads.
 */
public final class LogSequence {
    private LogSequence() {
    }

    /** Where a log stands in its stream. */
    public enum Role {
        /** A closed generation: {@code E0000015.log}. */
        NUMBERED,
        /** The current log: {@code E00.log}, or {@code E00tmp.log} standing in for a missing one. */
        CURRENT,
        /** {@code E00tmp.log} next to {@code E00.log}: the next log being prepared, outside the sequence. */
        TEMPORARY
    }

    /**
     * A problem found: the JET error it is, the file it concerns (for a missing log, the name the log
     * should have) and a one-line reason.
     */
    public record Finding(JetError error, Path file, String detail) {
        public Finding {
            Objects.requireNonNull(error);
            Objects.requireNonNull(file);
            Objects.requireNonNull(detail);
        }

        @Override
        public String toString() {
            return file.getFileName() + ": " + detail + " (" + error + ")";
        }
    }

    /**
     * One log file as read: its role, the generation its place in the stream gives it (empty for the
     * log being prepared), its scan when its header could be read, and what is wrong with it.
     */
    public record LogCheck(Path file, Role role, Optional<Integer> expectedGeneration, Optional<LogFile.Scan> scan, List<Finding> findings) {
        public LogCheck {
            findings = List.copyOf(findings);
        }

        public boolean ok() {
            return findings.isEmpty();
        }

        public Optional<LogFileHeader> header() {
            return scan.map(LogFile.Scan::header);
        }
    }

    /**
     * The verification of one stream: the generation range from the lowest numbered log to the current
     * log, each log as read (numbered logs in order, then the current log, then the log being prepared),
     * the generations missing from the range, and every finding in generation order.
     */
    public record Verification(Path folder, LogNames names, Optional<Integer> lowGeneration, Optional<Integer> highGeneration,
                               List<LogCheck> logs, List<Integer> missingGenerations, List<Finding> findings) {
        public Verification {
            logs = List.copyOf(logs);
            missingGenerations = List.copyOf(missingGenerations);
            findings = List.copyOf(findings);
        }

        public boolean ok() {
            return findings.isEmpty();
        }

        /** The first finding in generation order: the error a run over the stream would meet first. */
        public Optional<Finding> firstFinding() {
            return findings.stream().findFirst();
        }
    }

    public static Verification verify(Disk disk, Path folder, LogNames names) {
        LogFolder present = LogFolder.read(disk, folder, names);
        Optional<Path> currentPath = present.current().or(present::temporary);
        Optional<Path> prepared = present.current().isPresent() ? present.temporary() : Optional.empty();

        Map<Path, Read> reads = new HashMap<>();
        present.numbered().values().forEach(p -> reads.put(p, read(disk, p)));
        currentPath.ifPresent(p -> reads.put(p, read(disk, p)));
        prepared.ifPresent(p -> reads.put(p, read(disk, p)));

        Optional<LogFileHeader> currentHeader = currentPath.flatMap(p -> reads.get(p).header());
        Optional<Integer> currentGeneration = present.highestNumbered().map(g -> g + 1)
                .or(() -> currentHeader.map(LogFileHeader::generation));
        Optional<Integer> low = present.lowestNumbered().or(() -> currentGeneration);
        Optional<Integer> high = currentPath.isPresent() && currentGeneration.isPresent() ? currentGeneration : present.highestNumbered();

        Signature stream = currentHeader.map(LogFileHeader::logSignature).orElseGet(() -> {
            List<Path> descending = new ArrayList<>(present.numbered().values());
            java.util.Collections.reverse(descending);
            return descending.stream().map(p -> reads.get(p).header()).flatMap(Optional::stream)
                    .map(LogFileHeader::logSignature).findFirst().orElse(null);
        });

        List<LogCheck> logs = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        if (low.isPresent() && high.isPresent()) {
            // the header of the log before g, when that log was read and followed its own predecessor: as eseutil
            // compares a log with the one before it only then (its "valid adjacent" header, logdump.cxx l.1056-1059,
            // l.1317-1323, l.716-722), a log after a gap, an unreadable header or a log out of sequence is not compared
            LogFileHeader previous = null;
            for (int g = low.get(); g <= high.get(); g++) {
                Path p = present.numbered().get(g);
                Role role = Role.NUMBERED;
                if (p == null && currentPath.isPresent() && g == high.get()) {
                    p = currentPath.get();
                    role = Role.CURRENT;
                }
                if (p == null) {
                    missing.add(g);
                    Path absent = folder.resolve(names.numbered(g));
                    findings.add(new Finding(JetError.JET_errMissingLogFile, absent, "generation " + LogNames.describe(g)
                            + " is missing from the sequence " + LogNames.describe(low.get()) + " to " + LogNames.describe(high.get())));
                    previous = null;
                    continue;
                }
                LogCheck check = checkInSequence(p, role, g, reads.get(p), stream, previous, names);
                logs.add(check);
                findings.addAll(check.findings());
                previous = check.findings().stream().anyMatch(f -> SEQUENCE_ERRORS.contains(f.error())) ? null : check.header().orElse(null);
            }
        }
        if (currentPath.isEmpty()) {
            String detail = present.isEmpty() ? "the folder holds no log of the " + names.base() + " stream"
                    : "the current log is missing; the numbered logs end at " + LogNames.describe(present.highestNumbered().orElseThrow());
            findings.add(new Finding(JetError.JET_errMissingLogFile, folder.resolve(names.current()), detail));
        }
        prepared.ifPresent(p -> {
            Read r = reads.get(p);
            LogCheck check = new LogCheck(p, Role.TEMPORARY, Optional.empty(), r.scan(), r.integrityFindings(p));
            logs.add(check);
            findings.addAll(check.findings());
        });
        return new Verification(folder, names, low, high, logs, missing, findings);
    }

    /** What a log's header says of its place in the sequence; a log with one of these is not the predecessor of the next. */
    private static final java.util.Set<JetError> SEQUENCE_ERRORS = java.util.EnumSet.of(JetError.JET_errLogGenerationMismatch,
            JetError.JET_errBadLogSignature, JetError.JET_errInvalidLogSequence);

    private static LogCheck checkInSequence(Path p, Role role, int generation, Read read, Signature stream, LogFileHeader previous, LogNames names) {
        List<Finding> findings = new ArrayList<>();
        Optional<LogFileHeader> header = read.header();
        if (header.isPresent()) {
            LogFileHeader h = header.get();
            boolean generationAgrees = h.generation() == generation;
            if (!generationAgrees) {
                String says = role == Role.CURRENT
                        ? "the current log follows generation " + LogNames.describe(generation - 1) + " so should be " + LogNames.describe(generation)
                        : "the name says generation " + LogNames.describe(generation);
                findings.add(new Finding(JetError.JET_errLogGenerationMismatch, p, says + ", the header says " + LogNames.describe(h.generation())));
            }
            if (stream != null && !h.logSignature().equals(stream)) {
                findings.add(new Finding(JetError.JET_errBadLogSignature, p,
                        "the log belongs to another log stream (" + h.logSignature() + "), not to " + stream));
            }
            if (generationAgrees && previous != null && !h.previousGenerationCreated().equals(previous.created())) {
                findings.add(new Finding(JetError.JET_errInvalidLogSequence, p, "previous generation time is " + h.previousGenerationCreated()
                        + ", but " + names.numbered(generation - 1) + " was created at " + previous.created()));
            }
        }
        findings.addAll(read.integrityFindings(p));
        return new LogCheck(p, role, Optional.of(generation), read.scan(), findings);
    }

    /** A log as read: its scan, or the error its header met. */
    private record Read(Optional<LogFile.Scan> scan, Optional<JetException> error) {
        Optional<LogFileHeader> header() {
            return scan.map(LogFile.Scan::header);
        }

        List<Finding> integrityFindings(Path p) {
            if (error.isPresent()) {
                JetException e = error.get();
                return List.of(new Finding(e.error(), p, e.detail()));
            }
            return scan.flatMap(LogFile.Scan::damage)
                    .map(d -> List.of(new Finding(JetError.JET_errLogFileCorrupt, p, "log damaged (unusable) at " + d
                            + (d.tailOnly() ? "; only zeros follow, as after a torn write" : ""))))
                    .orElse(List.of());
        }
    }

    private static Read read(Disk disk, Path p) {
        try {
            return new Read(Optional.of(LogFile.scan(disk, p)), Optional.empty());
        } catch (JetException e) {
            return new Read(Optional.empty(), Optional.of(e));
        }
    }
}
