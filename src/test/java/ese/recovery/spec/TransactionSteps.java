package ese.recovery.spec;

import ese.recovery.database.DatabaseFile;
import ese.recovery.database.DatabaseHeader;
import ese.recovery.database.Page;
import ese.recovery.engine.Store;
import ese.recovery.engine.Workload;
import ese.recovery.jet.JetError;
import ese.recovery.jet.JetException;
import ese.recovery.log.LogFile;
import ese.recovery.log.LogRecord;
import ese.recovery.log.PositionedRecord;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Transactions that have not committed, pages rewritten, and what redo and the end of recovery make of them (features/redo-checks). */
public class TransactionSteps {
    private final World world;

    public TransactionSteps(World world) {
        this.world = world;
    }

    @Given("a transaction that has not committed writes {int} new page(s)")
    public void anUncommittedTransactionWrites(int pages) {
        Store store = world.store();
        Store.Transaction t = store.begin();
        List<Integer> writes = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            int page = store.nextFreePage();
            t.write(page, "uncommitted work of transaction " + t.id());
            writes.add(page);
            world.uncommittedPages.add(page);
        }
        world.uncommitted.put(t, writes);
    }

    @Given("the first transaction that has not committed writes {int} more new page(s)")
    public void theFirstUncommittedTransactionWritesMore(int pages) {
        var first = world.uncommitted.entrySet().iterator().next();
        Store store = world.store();
        for (int i = 0; i < pages; i++) {
            int page = store.nextFreePage();
            first.getKey().write(page, "more uncommitted work of transaction " + first.getKey().id());
            first.getValue().add(page);
            world.uncommittedPages.add(page);
        }
    }

    @Given("it also rewrites a committed page")
    public void itAlsoRewritesACommittedPage() {
        var last = List.copyOf(world.uncommitted.entrySet()).get(world.uncommitted.size() - 1);
        int page = world.committed.get(0).page();
        last.getKey().write(page, "uncommitted rewrite by transaction " + last.getKey().id());
        last.getValue().add(page);
    }

    @Given("another transaction commits")
    public void anotherTransactionCommits() {
        world.remember(world.workload().commit(1));
    }

    @Given("the uncommitted transaction rolls back")
    public void theUncommittedTransactionRollsBack() {
        world.uncommitted.keySet().forEach(Store.Transaction::rollback);
    }

    @Given("every page committed so far is rewritten by a committed transaction, {int} time(s)")
    public void everyCommittedPageIsRewritten(int times) {
        Store store = world.store();
        for (int round = 1; round <= times; round++) {
            List<Workload.Committed> rewritten = new ArrayList<>();
            for (Workload.Committed c : world.committed) {
                Store.Transaction t = store.begin();
                String label = "rewrite " + round + " of page " + c.page() + " by transaction " + t.id();
                t.write(c.page(), label);
                rewritten.add(new Workload.Committed(label, c.page(), t.commit()));
            }
            world.committed.clear();
            world.committed.addAll(rewritten);
        }
    }

    @When("another transaction asks to write the page the uncommitted transaction wrote")
    public void anotherTransactionAsksToWriteTheSamePage() {
        int page = world.uncommittedPages.get(0);
        attempt(() -> world.store().begin().write(page, "a second writer"));
    }

    @When("the transaction that has not committed asks to write another page")
    public void theUncommittedTransactionAsksToWriteAnotherPage() {
        Store.Transaction t = world.uncommitted.keySet().iterator().next();
        attempt(() -> t.write(world.store().nextFreePage(), "more work of transaction " + t.id()));
    }

    @When("another transaction writes another page")
    public void anotherTransactionWritesAnotherPage() {
        attempt(() -> world.remember(world.workload().commit(1)));
    }

    @When("the stopped store is asked to {}")
    public void theStoppedStoreIsAskedTo(String request) {
        Store store = world.lastStore();
        Store.Transaction begun = world.uncommitted.keySet().stream().findFirst().orElse(null);
        Runnable asked = switch (request) {
            case "begin a transaction" -> store::begin;
            case "write a page in the transaction begun before it stopped" -> () -> begun.write(store.nextFreePage(), "written after the store stopped");
            case "commit the transaction begun before it stopped" -> begun::commit;
            case "roll back the transaction begun before it stopped" -> begun::rollback;
            case "start the next log" -> store::rollLog;
            case "advance the checkpoint" -> store::advanceCheckpoint;
            case "flush its log buffer" -> store::flushLogBuffer;
            case "record a full backup" -> () -> store.recordFullBackup(ese.recovery.database.BackupInfo.NONE);
            case "stop cleanly" -> store::dismount;
            case "stop abnormally" -> store::crash;
            default -> throw new IllegalArgumentException("no such request: " + request);
        };
        attempt(asked);
    }

    /** Asks the store; the JET error it refuses with, if any, is what the Then reads. */
    private void attempt(Runnable request) {
        try {
            request.run();
        } catch (JetException e) {
            world.lastFailure = e;
        }
    }

    @Then("the request is refused with {jetError}")
    public void theRequestIsRefusedWith(JetError error) {
        assertThat(world.lastFailure).as("the request's failure").isNotNull();
        assertThat(world.lastFailure.error()).isEqualTo(error);
    }

    @Then("the request is done")
    public void theRequestIsDone() {
        assertThat(world.lastFailure).as("the request's failure").isNull();
    }

    @Then("the database's dbtime is at least the dbtime of every page")
    public void theDatabasesDbtimeIsAtLeastEveryPages() {
        DatabaseHeader h = DatabaseFile.readHeader(world.disk(), world.config().databaseFile());
        List<Page> pages = world.databasePages();
        assertThat(pages).isNotEmpty();
        assertThat(pages).allSatisfy(p -> assertThat(p.dbtime()).as("dbtime of page %d", p.number()).isLessThanOrEqualTo(h.dbtime()));
    }

    @Then("{log} holds the rollback of the uncommitted transaction: an undo record for each page it wrote, the newest first, then its rollback record")
    public void holdsTheRollback(String log) {
        List<PositionedRecord> records = LogFile.scan(world.disk(), world.file(log)).records();
        assertThat(world.uncommitted).isNotEmpty();
        for (Map.Entry<Store.Transaction, List<Integer>> e : world.uncommitted.entrySet()) {
            int id = e.getKey().id();
            List<LogRecord> own = records.stream().map(PositionedRecord::record)
                    .filter(r -> r instanceof LogRecord.Undo u && u.transaction() == id || r instanceof LogRecord.Rollback b && b.transaction() == id)
                    .toList();
            List<Integer> newestFirst = new ArrayList<>(e.getValue());
            java.util.Collections.reverse(newestFirst);
            assertThat(own).as("the undo and rollback records of transaction %d", id).hasSize(newestFirst.size() + 1);
            assertThat(own.subList(0, newestFirst.size())).extracting(r -> ((LogRecord.Undo) r).page()).containsExactlyElementsOf(newestFirst);
            assertThat(own.get(own.size() - 1)).isInstanceOf(LogRecord.Rollback.class);
        }
    }
}
