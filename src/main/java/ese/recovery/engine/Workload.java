package ese.recovery.engine;

import ese.recovery.jet.Lgpos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Work for a store to do, as the articles' situations need it: transactions that each write a new,
 * labelled page and commit, and logs filled until a given generation is current.
 */
public final class Workload {
    private final Store store;

    /** A committed transaction: its label, the page it wrote, and where its commit record is. */
    public record Committed(String label, int page, Lgpos commit) {
        public int generation() {
            return commit.generation();
        }
    }

    public Workload(Store store) {
        this.store = store;
    }

    /** Commits {@code count} transactions, each writing one new page with a label naming it. */
    public List<Committed> commit(int count) {
        List<Committed> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int page = store.nextFreePage();
            Store.Transaction t = store.begin();
            String label = "transaction " + t.id() + " of generation 0x" + Integer.toHexString(store.currentGeneration()).toUpperCase(Locale.ROOT);
            t.write(page, label);
            done.add(new Committed(label, page, t.commit()));
        }
        return done;
    }

    /**
     * Commits transactions that each rewrite {@code pagesPerTransaction} pages of {@code pageBytes} bytes,
     * taken in turn from pages 1 to {@code workingSet}, until {@code generation} is the current log and
     * holds at least one of them: logs of Exchange's own size (5 MiB) fill in a few hundred transactions
     * while the database stays at {@code workingSet} pages. Returns how many transactions it committed.
     */
    public int rewriteUntil(int generation, int workingSet, int pagesPerTransaction, int pageBytes) {
        if (generation < store.currentGeneration()) {
            throw new IllegalArgumentException("generation 0x" + Integer.toHexString(generation) + " is already past");
        }
        if (pagesPerTransaction < 1 || pagesPerTransaction > workingSet) {
            throw new IllegalArgumentException("a transaction rewrites 1 to " + workingSet + " pages: " + pagesPerTransaction);
        }
        int transactions = 0;
        int next = 0;
        do {
            Store.Transaction t = store.begin();
            String label = "transaction " + t.id() + " of generation 0x" + Integer.toHexString(store.currentGeneration()).toUpperCase(Locale.ROOT) + " ";
            String text = label.length() >= pageBytes ? label : label + ".".repeat(pageBytes - label.length());
            for (int i = 0; i < pagesPerTransaction; i++) {
                t.write(next % workingSet + 1, text);
                next++;
            }
            t.commit();
            transactions++;
        } while (store.currentGeneration() < generation);
        return transactions;
    }

    /**
     * Commits {@code perLog} transactions in each generation and rolls, until {@code generation} is the
     * current log; the transactions of the current log are committed too.
     */
    public List<Committed> fillUntil(int generation, int perLog) {
        if (generation < store.currentGeneration()) {
            throw new IllegalArgumentException("generation 0x" + Integer.toHexString(generation) + " is already past");
        }
        List<Committed> done = new ArrayList<>();
        while (store.currentGeneration() < generation) {
            done.addAll(commit(perLog));
            store.rollLog();
        }
        done.addAll(commit(perLog));
        return done;
    }
}
