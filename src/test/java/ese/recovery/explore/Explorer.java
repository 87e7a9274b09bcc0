package ese.recovery.explore;

import ese.recovery.engine.EngineProfile;
import ese.recovery.io.FaultyDisk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Explores every operator workload of up to {@code maxActions} actions over the whole {@link Action}
 * alphabet: for each, the run without a fault, a crash at every persistence point of the workload and
 * of the recovery after it (the process dying, power lost, and a write torn after its first sector and
 * before its last), and every kind of damage to every file of the log folder. Each state is checked by
 * {@link Run}. A workload is performed once ({@link Run#perform}); its cases start from copies of the
 * states it passed through. Seeded: the seed is the engines' seed and orders the workloads; same seed, same states.
 */
public final class Explorer {

    /** How many states and workloads were checked, and the violations found (at most a few are kept). */
    public record Report(long seed, int workloads, long states, long crashStates, long recoveryCrashStates, long damageStates,
                         long equivalentStates, long millis, List<InvariantViolation> violations) {
        public double statesPerSecond() {
            return millis == 0 ? states : states * 1000.0 / millis;
        }

        @Override
        public String toString() {
            return String.format("seed %d: %d workloads, %d distinct states checked (%d crashed in the workload, %d crashed in recovery, "
                    + "%d damaged; %d states reached again and not rechecked) in %.1f s, %.0f states/s, %d violation(s)", seed, workloads, states,
                    crashStates, recoveryCrashStates, damageStates, equivalentStates, millis / 1000.0, statesPerSecond(), violations.size());
        }
    }

    private final EngineProfile profile;
    private final long seed;
    private final int maxActions;
    private final int threads;
    private final List<Action> alphabet;
    private final java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public Explorer(EngineProfile profile, long seed, int maxActions, int threads, List<Action> alphabet) {
        this.profile = profile;
        this.seed = seed;
        this.maxActions = maxActions;
        this.threads = threads;
        this.alphabet = List.copyOf(alphabet);
    }

    /** Every workload of 0 to maxActions actions, shuffled by the seed. */
    List<List<Action>> workloads() {
        List<List<Action>> out = new ArrayList<>();
        out.add(List.of());
        List<List<Action>> previous = List.of(List.of());
        for (int n = 1; n <= maxActions; n++) {
            List<List<Action>> next = new ArrayList<>();
            for (List<Action> w : previous) {
                for (Action a : alphabet) {
                    List<Action> longer = new ArrayList<>(w);
                    longer.add(a);
                    next.add(List.copyOf(longer));
                }
            }
            out.addAll(next);
            previous = next;
        }
        Collections.shuffle(out, new java.util.Random(seed));
        return out;
    }

    public Report explore() {
        long start = System.nanoTime();
        Counts counts = new Counts();
        ConcurrentLinkedQueue<InvariantViolation> violations = new ConcurrentLinkedQueue<>();
        List<List<Action>> workloads = workloads();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (List<Action> w : workloads) {
                futures.add(pool.submit(() -> {
                    if (violations.size() >= 5) {
                        return;
                    }
                    exploreWorkload(w, counts, violations);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Report(seed, workloads.size(), counts.states(), counts.crashes.get(), counts.recoveryCrashes.get(), counts.damages.get(),
                counts.duplicates.get(), millis, new ArrayList<>(violations));
    }

    private void exploreWorkload(List<Action> w, Counts counts, ConcurrentLinkedQueue<InvariantViolation> violations) {
        Run.Result base;
        Run.Performed performed;
        try {
            performed = Run.perform(profile, seed, w);
            base = new Run(new Case(profile, seed, w, new Case.None()), performed, seen::add).crashingRecovery().execute();
        } catch (InvariantViolation v) {
            violations.add(v);
            return;
        }
        counts.count(base.checked(), counts.plain);
        counts.recoveryCrashes.addAndGet(base.recoveryCrashStates());
        List<Case> cases = new ArrayList<>();
        for (int p = 1; p <= base.workloadPoints(); p++) {
            for (FaultyDisk.CrashPlan plan : plans(p, base.tearableWorkload().get(p - 1))) {
                cases.add(new Case(profile, seed, w, new Case.CrashInWorkload(plan)));
            }
        }
        if (base.checked()) {
            // the same state reached by another workload had its files damaged there
            for (String file : base.damageTargets()) {
                for (DamageKind kind : applicable(file)) {
                    cases.add(new Case(profile, seed, w, new Case.Damaged(kind, file)));
                }
            }
        }
        for (Case c : cases) {
            try {
                Run.Result r = new Run(c, performed, seen::add).execute();
                if (r.checked() && c.fault() instanceof Case.Damaged d && d.kind().oneOfTwoCopies()
                        && (!r.outcome().equals(base.outcome()) || !r.replayed().equals(base.replayed()))) {
                    throw new InvariantViolation(c, "a header kept in two copies survives damage to one: without the damage "
                            + base.outcome() + " replaying " + base.replayed() + ", with it " + r.outcome() + " replaying " + r.replayed(), null);
                }
                counts.count(r.checked(), c.fault() instanceof Case.Damaged ? counts.damages : counts.crashes);
            } catch (InvariantViolation v) {
                violations.add(v);
                return;
            }
        }
    }

    /**
     * A crash during recovery, then recovery, ends as one recovery does. A torn write of a database page
     * is damage the next recovery reports (-1018, as ESE does), so there the second recovery may fail
     * with a JET error where one recovery mounted; it never mounts with other pages.
     */
    static void sameAsOneRecovery(Case c, FaultyDisk.CrashPlan plan, Run.Outcome once, Run.Outcome crashedThenAgain) {
        if (once.equals(crashedThenAgain)) {
            return;
        }
        boolean torn = plan.mode() == FaultyDisk.Mode.TORN;
        if (torn && !crashedThenAgain.mounted() && crashedThenAgain.error().isPresent()) {
            return;
        }
        if (!once.mounted() && !crashedThenAgain.mounted()) {
            return;
        }
        throw new InvariantViolation(c, "a crash during recovery, then recovery, equals one recovery: without the crash "
                + once + ", with it " + crashedThenAgain, null);
    }

    /** Counters shared by the threads. */
    static final class Counts {
        final AtomicLong plain = new AtomicLong();
        final AtomicLong crashes = new AtomicLong();
        final AtomicLong recoveryCrashes = new AtomicLong();
        final AtomicLong damages = new AtomicLong();
        final AtomicLong duplicates = new AtomicLong();

        void count(boolean checked, AtomicLong kind) {
            if (checked) {
                kind.incrementAndGet();
            } else {
                duplicates.incrementAndGet();
            }
        }

        long states() {
            return plain.get() + crashes.get() + recoveryCrashes.get() + damages.get();
        }
    }

    static List<FaultyDisk.CrashPlan> plans(int point, int sectors) {
        List<FaultyDisk.CrashPlan> out = new ArrayList<>();
        out.add(FaultyDisk.CrashPlan.at(point, FaultyDisk.Mode.PROCESS));
        out.add(FaultyDisk.CrashPlan.at(point, FaultyDisk.Mode.POWER));
        if (sectors >= 2) {
            out.add(new FaultyDisk.CrashPlan(point, FaultyDisk.Mode.TORN, 1));
            if (sectors > 2) {
                out.add(new FaultyDisk.CrashPlan(point, FaultyDisk.Mode.TORN, sectors - 1));
            }
        }
        return out;
    }

    private List<DamageKind> applicable(String file) {
        String name = file.toLowerCase();
        if (name.endsWith(".log")) {
            return List.of(DamageKind.LOG_HEADER, DamageKind.LOG_BLOCK, DamageKind.TRUNCATION, DamageKind.MISSING, DamageKind.FOREIGN_LOG);
        }
        if (name.endsWith(".chk")) {
            return List.of(DamageKind.CHECKPOINT, DamageKind.TRUNCATION, DamageKind.MISSING);
        }
        if (name.endsWith(".edb")) {
            return List.of(DamageKind.DATABASE_HEADER, DamageKind.TRUNCATION, DamageKind.MISSING);
        }
        return List.of();
    }

    /** Runs one case, as a failure printed it: the replay. A crash in recovery is compared with the recovery without it. */
    public static void replay(Case c) {
        Run.Performed performed = Run.perform(c.profile(), c.seed(), c.workload());
        if (c.fault() instanceof Case.CrashInRecovery crash) {
            Run.Outcome once = new Run(new Case(c.profile(), c.seed(), c.workload(), new Case.None()), performed, key -> true).execute().outcome();
            sameAsOneRecovery(c, crash.plan(), once, new Run(c, performed, key -> true).execute().outcome());
        } else {
            new Run(c, performed, key -> true).execute();
        }
    }
}
