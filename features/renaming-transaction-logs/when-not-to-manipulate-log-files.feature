@article:renaming-transaction-logs @kb812592 @link.kb=812592
Feature: When not to manipulate log files
  Microsoft KB 812592, section "When not to manipulate log files" and its example troubleshooting
  scenario: the Information Store terminated with logs E0000010.log to E0000019.log and E00.log on
  disk; replay reports E0000015.log damaged; renaming E0000014.log to E00.log then does not work.

  Rule: A soft recovery that fails on a damaged log records in the database what it required
    "Soft recoveries can fail for a number of reasons, including a damaged log file. For example, you
    tried to mount the store after the server stopped responding, but the mounting failed because one of
    the log files was damaged. [...] When you tried to mount the store, information about the bad log
    file was committed to the database."

    @section:when-not-to-manipulate-log-files @severity=critical
    @claim:KB812592-NOT-2 @claim:KB812592-NOT-3 @claim:KB812592-NOT-8 @claim:KB812592-NOT-9 @claim:KB812592-NOT-10
    Scenario Outline: Restarting the store, replay reports <damaged log> damaged (<engine>)
      Given an <engine> store whose current log is generation 0xF
      And an online backup of the store is taken
      And the store goes on until generation 0x1A is the current log
      And the store stops abnormally
      And <damaged log> is damaged
      When the store is brought online
      Then soft recovery fails on <damaged log> with -501 JET_errLogFileCorrupt
      And the store is not mounted
      And the work committed in generations 0x10 to 0x14 is in the database
      And the database header requires logs "16-26 (0x10-0x1A)", the highest created when <current log> was created

      Examples:
        | engine                   | damaged log  | current log |
        | Exchange Server 5.5      | EDB00015.log | EDB.log     |
        | Exchange 2000 Server     | E0000015.log | E00.log     |
        | Exchange 2000 Server SP2 | E0000015.log | E00.log     |

    @section:when-not-to-manipulate-log-files @source:kb-ese98-event-465
    @claim:KB812592-NOT-2 @claim:KB812592-NOT-10
    Scenario: Exchange 2000 reports the corruption found during soft recovery as event 465
      Given an Exchange 2000 Server store whose current log is generation 0xF
      And an online backup of the store is taken
      And the store goes on until generation 0x1A is the current log
      And the store stops abnormally
      And E0000015.log is damaged
      When the store is brought online
      Then the engine reports event 465 with error -501 JET_errLogFileCorrupt for E0000015.log

    @section:when-not-to-manipulate-log-files
    @claim:KB812592-NOT-5 @claim:KB812592-NOT-12
    Scenario: Dumping the database header after the failed soft recovery shows what it requires
      Given an Exchange 2000 Server store whose current log is generation 0xF
      And an online backup of the store is taken
      And the store goes on until generation 0x1A is the current log
      And the store stops abnormally
      And E0000015.log is damaged
      And the store has been brought online
      When the database header is dumped
      Then the dump shows "State: Dirty Shutdown"
      And the dump shows "Log Required: 16-26 (0x10-0x1A)"

    @section:when-not-to-manipulate-log-files
    @claim:KB812592-NOT-10
    Scenario: Dumping E0000015.log shows it damaged
      Given an Exchange 2000 Server store whose current log is generation 0x16
      And the store stops abnormally
      And E0000015.log is damaged
      When E0000015.log is dumped
      Then the dump shows "lGeneration: 21 (0x15)"
      And the dump shows "ERROR: Log damaged (unusable). Damage at (0x15,8,0): checksum mismatch. Error -501."

  Rule: After a failed soft recovery, renaming the last good log to E00.log does not soft-recover
    "In this situation do not try to manipulate the logs in any way. [...] the database will not soft
    recover if you remove the bad log file or rename the last known good log file to E00.log."
    "You try renaming the E0000014.log file to E00.log, and then try to mount the store again. This does
    not work. This is designed to fail because damaged information from the E0000015.log file may have
    already been committed to the database."

    @section:when-not-to-manipulate-log-files @severity=blocker
    @claim:KB812592-NOT-1 @claim:KB812592-NOT-4 @claim:KB812592-NOT-7 @claim:KB812592-NOT-8 @claim:KB812592-NOT-11 @claim:KB812592-NOT-12 @claim:KB812592-SUM-2
    Scenario Outline: Renaming <last good log> to <current log> after the failed soft recovery does not mount the store (<engine>)
      Given an <engine> store whose current log is generation 0xF
      And an online backup of the store is taken
      And the store goes on until generation 0x1A is the current log
      And the store stops abnormally
      And <damaged log> is damaged
      And the store has been brought online
      And the logs from <damaged log> to <current log> are removed
      And <last good log> is renamed to <current log>
      When the store is brought online
      Then soft recovery fails with <error>
      And the store is not mounted
      And the database header shows State "Dirty Shutdown" and Log Required "16-26"

      Examples:
        | engine                   | damaged log  | last good log | current log | error                                 |
        | Exchange Server 5.5      | EDB00015.log | EDB00014.log  | EDB.log     | -528 JET_errMissingLogFile            |
        | Exchange 2000 Server     | E0000015.log | E0000014.log  | E00.log     | -543 JET_errRequiredLogFilesMissing   |
        | Exchange 2000 Server SP2 | E0000015.log | E0000014.log  | E00.log     | -543 JET_errRequiredLogFilesMissing   |

    @section:when-not-to-manipulate-log-files @source:ese-logredo-event-453
    @claim:KB812592-NOT-7 @claim:KB812592-NOT-11 @claim:KB812592-NOT-12
    Scenario: The engine says which logs the database requires and which it found: event 453
      Given an Exchange 2000 Server store whose current log is generation 0xF
      And an online backup of the store is taken
      And the store goes on until generation 0x1A is the current log
      And the store stops abnormally
      And E0000015.log is damaged
      And the store has been brought online
      And the logs from E0000015.log to E00.log are removed
      And E0000014.log is renamed to E00.log
      When the store is brought online
      Then the engine reports event 453 with error -543 JET_errRequiredLogFilesMissing

    @section:when-not-to-manipulate-log-files @severity=blocker
    @claim:KB812592-NOT-4 @claim:KB812592-NOT-6
    Scenario Outline: Removing only the bad log <damaged log> does not soft-recover either (<engine>)
      Given an <engine> store whose current log is generation 0xF
      And an online backup of the store is taken
      And the store goes on until generation 0x1A is the current log
      And the store stops abnormally
      And <damaged log> is damaged
      And the store has been brought online
      And <damaged log> is removed
      When the store is brought online
      Then soft recovery fails on <damaged log> with -528 JET_errMissingLogFile
      And the store is not mounted

      Examples:
        | engine                   | damaged log  |
        | Exchange Server 5.5      | EDB00015.log |
        | Exchange 2000 Server     | E0000015.log |
        | Exchange 2000 Server SP2 | E0000015.log |
