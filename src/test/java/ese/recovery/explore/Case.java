package ese.recovery.explore;

import ese.recovery.engine.EngineProfile;
import ese.recovery.io.FaultyDisk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One explored state: an engine, a seed, a workload of operator actions, and at most one fault: a
 * crash at a persistence point of the workload, a crash at a persistence point of the recovery that
 * follows it, or a kind of damage to one file before that recovery. {@link #toString()} is the replay
 * string that {@link #parse} reads back (see {@code CrashExplorerTest#replay}).
 */
public record Case(EngineProfile profile, long seed, List<Action> workload, Fault fault) {

    public Case {
        workload = List.copyOf(workload);
    }

    /** Where the fault is. */
    public sealed interface Fault permits None, CrashInWorkload, CrashInRecovery, Damaged {
    }

    public record None() implements Fault {
        @Override
        public String toString() {
            return "none";
        }
    }

    public record CrashInWorkload(FaultyDisk.CrashPlan plan) implements Fault {
        @Override
        public String toString() {
            return "workload:" + plan.point() + ":" + plan.mode() + ":" + plan.keptSectors();
        }
    }

    public record CrashInRecovery(FaultyDisk.CrashPlan plan) implements Fault {
        @Override
        public String toString() {
            return "recovery:" + plan.point() + ":" + plan.mode() + ":" + plan.keptSectors();
        }
    }

    public record Damaged(DamageKind kind, String file) implements Fault {
        @Override
        public String toString() {
            return "damage:" + kind + ":" + file;
        }
    }

    Optional<FaultyDisk.CrashPlan> workloadCrash() {
        return fault instanceof CrashInWorkload c ? Optional.of(c.plan()) : Optional.empty();
    }

    Optional<FaultyDisk.CrashPlan> recoveryCrash() {
        return fault instanceof CrashInRecovery c ? Optional.of(c.plan()) : Optional.empty();
    }

    @Override
    public String toString() {
        return profile.name() + "/" + seed + "/" + (workload.isEmpty() ? "-" : String.join(",", workload.stream().map(Enum::name).toList())) + "/" + fault;
    }

    /** Reads back {@link #toString()}: {@code EXCHANGE_2000/812592/COMMIT,ROLL/workload:7:TORN:1}. */
    public static Case parse(String text) {
        String[] p = text.trim().split("/", 4);
        if (p.length != 4) {
            throw new IllegalArgumentException("not a case: " + text);
        }
        List<Action> workload = p[2].equals("-") ? List.of() : Arrays.stream(p[2].split(",")).map(Action::valueOf).toList();
        String[] f = p[3].split(":");
        Fault fault = switch (f[0]) {
            case "none" -> new None();
            case "workload" -> new CrashInWorkload(plan(f));
            case "recovery" -> new CrashInRecovery(plan(f));
            case "damage" -> new Damaged(DamageKind.valueOf(f[1]), f[2]);
            default -> throw new IllegalArgumentException("unknown fault " + p[3]);
        };
        return new Case(EngineProfile.valueOf(p[0]), Long.parseLong(p[1]), workload, fault);
    }

    private static FaultyDisk.CrashPlan plan(String[] f) {
        return new FaultyDisk.CrashPlan(Integer.parseInt(f[1]), FaultyDisk.Mode.valueOf(f[2]), Integer.parseInt(f[3]));
    }
}
