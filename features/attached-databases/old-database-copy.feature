@topic:attached-databases
Feature: A clean copy of the database put back under the logs that attached it again
  Beyond the two articles: a clean database is attached again at each start of the store, and the Attach
  record logged then names the position at which the database was last made consistent. Redo compares it
  with the database's own header; a database older than the logs expect is refused (logredo.cxx,
  ErrLGRICheckRedoAttachDb). The scenario runs the engine model on real files, and the outcome comes from
  the model reading them.

  Rule: Soft recovery refuses with -551 a clean database older than the Attach record it replays
    When redo reaches an Attach record for this database (same database signature) whose consistent
    position is later than the one in the database's header, "an old copy of the database is being played
    against a more current copy of the log files": ESE fails with -551 JET_errConsistentTimeMismatch
    (logredo.cxx l.5617-5651).

    @source:ese-logredo-l5617
    Scenario: A copy of the database taken at an earlier clean stop, put back under the logs, fails soft recovery with -551 JET_errConsistentTimeMismatch
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store is stopped cleanly
      And an offline backup of the database is taken
      And the store has been brought online
      And the store is stopped cleanly
      And the store has been brought online
      And the store goes on until generation 0x7 is the current log
      And the store stops abnormally
      And the offline backup is restored
      When the store is brought online
      Then soft recovery fails with -551 JET_errConsistentTimeMismatch
      And the store is not mounted

  Rule: Redo writes the database's header when it replays the Attach record of a clean database
    Replaying the Attach record of a database that was shut down cleanly, ESE sets the header up as after
    an attach (DBISetHeaderAfterAttach: Dirty Shutdown, the logs it requires) and writes it to the file at
    once (ErrUtilWriteAttachedDatabaseHeaders), before it redoes anything into the database (logredo.cxx
    l.6191-6304, ErrLGRIRedoAttachDb). A recovery that fails after that leaves the database Dirty Shutdown,
    requiring the logs from the Attach record's on: here an offline copy of the database, rolled forward
    with the logs kept, one of its pages damaged.

    @source:ese-logredo-l6191
    Scenario: Soft recovery of an offline copy stopped by a damaged page after its Attach record leaves it Dirty Shutdown
      Given an Exchange 2000 Server store whose current log is generation 0x2
      And the store is stopped cleanly
      And an offline backup of the database is taken
      And the store has been brought online
      And the store commits transactions that each rewrite 1 of the pages 1 to 1 with 100 bytes, until its logs have filled up to generation 0x3
      And the store stops abnormally
      And the offline backup is restored
      And page 1 of the restored database copy is damaged
      When the store is brought online
      Then soft recovery fails with -1018 JET_errReadVerifyFailure
      And the database header shows State "Dirty Shutdown" and Log Required "2-3"
      And the store is not mounted
