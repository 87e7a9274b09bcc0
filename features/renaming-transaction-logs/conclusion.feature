@article:renaming-transaction-logs @kb812592 @link.kb=812592
Feature: Conclusion: the four rules of log manipulation
  Microsoft KB 812592, section "Conclusion". Each of its four rules, with a case where following it
  works and a case where breaking it fails, on the engine model.

  Rule: Log manipulation will not work if soft recovery has already been tried and did not work
    "Log manipulation will not work if Soft recovery has already been tried, but did not work."

    @section:conclusion @severity=blocker
    @claim:KB812592-CONC-1 @claim:KB812592-NOT-1
    Scenario: After soft recovery failed on E0000015.log, renaming E0000014.log to E00.log fails
      Given an Exchange 2000 Server SP2 store whose current log is generation 0xF
      And an online backup of the store is taken
      And the store goes on until generation 0x1A is the current log
      And the store stops abnormally
      And E0000015.log is damaged
      And the store has been brought online
      And the logs from E0000015.log to E00.log are removed
      And E0000014.log is renamed to E00.log
      When the store is brought online
      Then soft recovery fails with -543 JET_errRequiredLogFilesMissing

    @section:conclusion
    @claim:KB812592-CONC-1 @claim:KB812592-WHEN-1
    Scenario: Before soft recovery has been tried, renaming over a restored offline backup works
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store is stopped cleanly
      And an offline backup of the database is taken
      And the store has been brought online
      And the store goes on until generation 0x8 is the current log
      And the store stops abnormally
      And the offline backup is restored
      And E00.log is removed
      And E0000007.log is renamed to E00.log
      And the checkpoint file is removed
      When the store is brought online
      Then soft recovery replays generations 0x1 to 0x7, in order
      And the store is mounted

  Rule: Remove damaged and later logs only to complete a hard recovery from an online backup
    "Only remove damaged (and later) log files if you will be completing a Hard recovery, complete with a
    restoration from an online backup and replaying of available log files."

    @section:conclusion @severity=critical
    @claim:KB812592-CONC-2
    Scenario: Removing E0000015.log to E00.log without restoring the online backup leaves soft recovery without E00.log
      Given an Exchange 2000 Server SP2 store whose current log is generation 0xF
      And an online backup of the store is taken
      And the store goes on until generation 0x1A is the current log
      And the store stops abnormally
      And E0000015.log is damaged
      And the logs from E0000015.log to E00.log are removed
      And the checkpoint file is removed
      When the store is brought online
      Then soft recovery fails with -528 JET_errMissingLogFile
      And the store is not mounted

    @section:conclusion @severity=critical
    @claim:KB812592-CONC-2 @claim:KB812592-CONC-3 @claim:KB812592-HARD-5 @claim:KB812592-HARD-6
    Scenario: Removing them, restoring the online backup and running hard recovery mounts the store
      Given an Exchange 2000 Server SP2 store whose current log is generation 0xF
      And an online backup of the store is taken
      And the store goes on until generation 0x1A is the current log
      And the store stops abnormally
      And E0000015.log is damaged
      And the logs from E0000015.log to E00.log are removed
      And the checkpoint file is removed
      And the online backup is restored
      When the restore completes and the store is brought online
      Then hard recovery replays generations 0x1 to 0x14, in order
      And the store is mounted

  Rule: Hard recovery does not require E00.log, only that damaged logs are removed before it starts
    "Hard recovery does not require the E00.log file to complete successfully. Instead, it only requires
    that damaged log files are removed before you start."

    @section:conclusion @severity=critical
    @claim:KB812592-CONC-4 @claim:KB812592-DEF-7 @claim:KB812592-HARD-13
    Scenario: Hard recovery completes without E00.log
      Given an Exchange 2000 Server store whose current log is generation 0xF
      And an online backup of the store is taken
      And the store goes on until generation 0x1A is the current log
      And the store stops abnormally
      And E00.log is removed
      And the checkpoint file is removed
      And the online backup is restored
      When the restore completes and the store is brought online
      Then hard recovery replays generations 0x1 to 0x19, in order
      And the store is mounted

    @section:conclusion @severity=critical
    @claim:KB812592-CONC-5 @claim:KB812592-HARD-2 @claim:KB812592-HARD-4
    Scenario: Hard recovery stops at a damaged log left in place: -574 JET_errLogCorruptDuringHardRecovery
      Given an Exchange 2000 Server store whose current log is generation 0xF
      And an online backup of the store is taken
      And the store goes on until generation 0x1A is the current log
      And the store stops abnormally
      And E0000015.log is damaged
      And the logs from E0000016.log to E00.log are removed
      And the checkpoint file is removed
      And the online backup is restored
      When the restore completes and the store is brought online
      Then hard recovery fails on E0000015.log with -574 JET_errLogCorruptDuringHardRecovery
      And the store is not mounted

  Rule: Logs can be renamed only over a restored offline backup, when the logs on the drive are damaged
    "The only scenario when log files can be renamed is if you restore a previous offline backup, and
    the log files on the drive are damaged."

    @section:conclusion
    @claim:KB812592-CONC-6 @claim:KB812592-CONC-7
    Scenario: Over the restored offline backup, renaming the last good log to E00.log recovers the database
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store is stopped cleanly
      And an offline backup of the database is taken
      And the store has been brought online
      And the store goes on until generation 0x8 is the current log
      And the store stops abnormally
      And E00.log is damaged
      And the offline backup is restored
      And E00.log is removed
      And E0000007.log is renamed to E00.log
      And the checkpoint file is removed
      When the store is brought online
      Then soft recovery replays generations 0x1 to 0x7, in order
      And the work committed in generations 0x4 to 0x7 is in the database

    @section:conclusion @severity=blocker
    @claim:KB812592-CONC-6
    Scenario: Over the crashed database itself, renaming the last good log to E00.log fails
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store goes on until generation 0x8 is the current log
      And the store stops abnormally
      And E00.log is damaged
      And E00.log is removed
      And E0000007.log is renamed to E00.log
      And the checkpoint file is removed
      When the store is brought online
      Then soft recovery fails with -543 JET_errRequiredLogFilesMissing
      And the store is not mounted
