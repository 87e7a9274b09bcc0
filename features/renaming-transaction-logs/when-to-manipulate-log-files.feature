@article:renaming-transaction-logs @kb812592 @link.kb=812592
Feature: When to manipulate the log files
  Microsoft KB 812592, section "When to manipulate the log files" and its example: an Exchange 2000
  server with logs E00000A1.log to E00000A7.log and E00.log crashes; the database and E00.log are
  damaged; yesterday's offline backup is restored, E00000A7.log is renamed to E00.log, the checkpoint
  is removed, and soft recovery plays all the logs into the database.

  The situation is made by the engine itself, in order: the store runs until generation 0xA0, a full
  online backup truncates the older logs, the store stops cleanly and the offline backup is taken, the
  store is brought online again and writes E00000A1.log onwards, the checkpoint advances in 0xA4, and
  the store crashes with E00.log at generation 0xA8.

  Background:
    Given an Exchange 2000 Server store whose current log is generation 0xA0
    And an online backup of the store is taken
    And the store is stopped cleanly
    And an offline backup of the database is taken
    And the store has been brought online
    And the store goes on until generation 0xA4 is the current log
    And the checkpoint advances
    And the store goes on until generation 0xA8 is the current log
    And the store stops abnormally
    And the crash damages page 1 of the database
    And E00.log is damaged

  Rule: Rename log files only if soft recovery has not yet failed on the database
    "The only time you should rename log files is if Soft recovery has not yet failed on the database."

    @section:when-to-manipulate-log-files
    @claim:KB812592-WHEN-2
    Scenario: The logs on the disk are E00000A1.log through E00000A7.log and E00.log
      When the log folder is listed
      Then the log folder holds E00000A1.log to E00000A7.log and E00.log

    @section:when-to-manipulate-log-files
    @claim:KB812592-WHEN-6
    Scenario: Dumping the checkpoint shows the last four logs were not committed to the database
      When the checkpoint file is dumped
      Then the dump shows the checkpoint in generation 0xA4

    @section:when-to-manipulate-log-files @severity=critical
    @claim:KB812592-WHEN-1 @claim:KB812592-WHEN-4 @claim:KB812592-WHEN-5 @claim:KB812592-WHEN-7 @claim:KB812592-WHEN-8 @claim:KB812592-WHEN-9 @claim:KB812592-WHEN-10 @claim:KB812592-WHEN-11 @claim:KB812592-WHEN-12 @claim:KB812592-SUM-1 @claim:KB812592-SUM-2
    Scenario: Restore yesterday's offline backup, rename E00000A7.log to E00.log, remove the checkpoint, mount: soft recovery plays all the logs
      Given the offline backup is restored
      And E00.log is removed
      And E00000A7.log is renamed to E00.log
      And the checkpoint file is removed
      When the store is brought online
      Then soft recovery replays generations 0xA1 to 0xA7, in order
      And the work committed in generations 0xA1 to 0xA7 is in the database
      And after recovery the database header shows State "Clean Shutdown" and Log Required "0-0"
      And the store is mounted

    @section:when-to-manipulate-log-files
    @claim:KB812592-WHEN-3 @claim:KB812592-WHEN-7
    Scenario: Without restoring the offline backup, the damaged database does not recover
      Given E00.log is removed
      And E00000A7.log is renamed to E00.log
      And the checkpoint file is removed
      When the store is brought online
      Then soft recovery fails with -543 JET_errRequiredLogFilesMissing
      And the store is not mounted

    @section:when-to-manipulate-log-files
    @claim:KB812592-WHEN-9
    Scenario: Keeping the checkpoint, soft recovery would start at 0xA4 and skip work the offline backup lacks
      Given the offline backup is restored
      And E00.log is removed
      And E00000A7.log is renamed to E00.log
      When the store is brought online
      Then soft recovery fails with -1216 JET_errAttachedDatabaseMismatch
      And the store is not mounted

    @section:when-to-manipulate-log-files @severity=blocker
    @claim:KB812592-WHEN-1 @claim:KB812592-NOT-1
    Scenario: Once soft recovery has failed on the damaged E00.log, renaming E00000A7.log no longer works
      Given the offline backup is restored
      And the checkpoint file is removed
      And the store has been brought online
      And E00.log is removed
      And E00000A7.log is renamed to E00.log
      When the store is brought online
      Then soft recovery fails with -543 JET_errRequiredLogFilesMissing
      And the store is not mounted
