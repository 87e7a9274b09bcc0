@article:renaming-transaction-logs @kb812592 @link.kb=812592
Feature: Completing a hard recovery does not require that log files be renamed
  Microsoft KB 812592, section "Completing a hard recovery does not require that log files be renamed"
  and its example, continuing the E0000015.log case: remove the damaged log and every later one, remove
  the checkpoint, restore the online backup, and let hard recovery replay the restored logs and then
  the good logs on disk.

  Rule: Manipulate logs only after a restore and before hard recovery has completed; no renaming is needed
    "Only manipulate logs files after a database has been restored, but before hard recovery has
    completed on the database. Only try to manipulate log files before you play restored or resident
    logs back into the restored database. Note that in this scenario, no log file renaming is actually
    required."

    @section:completing-a-hard-recovery @severity=critical
    @claim:KB812592-HARD-7 @claim:KB812592-HARD-8 @claim:KB812592-DEF-5
    Scenario Outline: The online backup holds the database and logs all older than <first live log> (<engine>)
      Given an <engine> store whose current log is generation 0xF
      When an online backup of the store is taken
      Then the online backup holds the logs <first backup log> to <last backup log>, all older than <first live log>

      Examples:
        | engine                   | first backup log | last backup log | first live log |
        | Exchange Server 5.5      | EDB00001.log     | EDB0000F.log    | EDB00010.log   |
        | Exchange 2000 Server     | E0000001.log     | E000000F.log    | E0000010.log   |
        | Exchange 2000 Server SP2 | E0000001.log     | E000000F.log    | E0000010.log   |

    @section:definitions
    @claim:KB812592-DEF-6
    Scenario Outline: Before Exchange 2000 SP2 an online backup also holds a database patch file (<engine>)
      Given an <engine> store whose current log is generation 0x3
      When an online backup of the store is taken
      Then the online backup holds the patch file "<patch file>"

      Examples:
        | engine               | patch file |
        | Exchange Server 5.5  | priv.pat   |
        | Exchange 2000 Server | priv1.pat  |

    @section:definitions
    @claim:KB812592-DEF-6
    Scenario: From Exchange 2000 SP2 on an online backup holds no patch file
      Given an Exchange 2000 Server SP2 store whose current log is generation 0x3
      When an online backup of the store is taken
      Then the online backup holds no patch file

    @section:completing-a-hard-recovery @severity=critical
    @claim:KB812592-DEF-5 @claim:KB812592-HARD-1 @claim:KB812592-HARD-2 @claim:KB812592-HARD-3 @claim:KB812592-HARD-4 @claim:KB812592-HARD-5 @claim:KB812592-HARD-6 @claim:KB812592-HARD-7 @claim:KB812592-HARD-9 @claim:KB812592-HARD-10 @claim:KB812592-HARD-11 @claim:KB812592-SUM-1
    Scenario Outline: Hard recovery replays the restored logs, then <first live log> to <last good log>, and the store mounts (<engine>)
      Given an <engine> store whose current log is generation 0xF
      And an online backup of the store is taken
      And the store goes on until generation 0x1A is the current log
      And the store stops abnormally
      And <damaged log> is damaged
      And the store has been brought online
      And the logs from <damaged log> to <current log> are removed
      And the checkpoint file is removed
      And the online backup is restored
      When the restore completes and the store is brought online
      Then hard recovery replays generations 0x1 to 0x14, in order
      And the work committed in generations 0x10 to 0x14 is in the database
      And none of the work committed from generation 0x15 on is in the database
      And after recovery the database header shows State "Clean Shutdown" and Log Required "0-0"
      And the store is mounted

      Examples:
        | engine                   | damaged log  | current log | first live log | last good log |
        | Exchange Server 5.5      | EDB00015.log | EDB.log     | EDB00010.log   | EDB00014.log  |
        | Exchange 2000 Server     | E0000015.log | E00.log     | E0000010.log   | E0000014.log  |
        | Exchange 2000 Server SP2 | E0000015.log | E00.log     | E0000010.log   | E0000014.log  |

  Rule: Hard recovery does not need E00.log
    "Note No log file renaming was required. Hard recovery does not require that the E00.log file be
    replayed to successfully complete."

    @section:completing-a-hard-recovery
    @claim:KB812592-DEF-7 @claim:KB812592-HARD-3 @claim:KB812592-HARD-5 @claim:KB812592-HARD-12 @claim:KB812592-HARD-13
    Scenario: After hard recovery the store starts generation 0x15 as its new E00.log
      Given an Exchange 2000 Server store whose current log is generation 0xF
      And an online backup of the store is taken
      And the store goes on until generation 0x1A is the current log
      And the store stops abnormally
      And the logs from E0000015.log to E00.log are removed
      And the checkpoint file is removed
      And the online backup is restored
      When the restore completes and the store is brought online
      Then the store is mounted
      And the log folder holds E0000010.log to E0000014.log and E00.log
      And E00.log is generation 0x15, following E0000014.log

    @section:completing-a-hard-recovery
    @claim:KB812592-DEF-6
    Scenario: Before SP2, hard recovery without the patch file fails with -538 JET_errPatchFileMissing
      Given an Exchange 2000 Server store whose current log is generation 0xF
      And an online backup of the store is taken
      And the store goes on until generation 0x1A is the current log
      And the store stops abnormally
      And the logs from E0000015.log to E00.log are removed
      And the checkpoint file is removed
      And the online backup is restored
      And the restored patch file is removed
      When the restore completes and the store is brought online
      Then hard recovery fails with -538 JET_errPatchFileMissing
      And the store is not mounted
