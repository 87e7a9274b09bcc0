@topic:hard-recovery-checks
Feature: What hard recovery does with the logs on disk after the backup's logs
  Beyond KB 812592: after a restore, hard recovery replays the backup set's logs, then the logs still in
  the log folder from the next generation on, checking that each follows the one before it; where it ends
  decides which log the store goes on in. Each a real engine behaviour read in ESE's source
  (microsoft/Extensible-Storage-Engine, dev/ese/src/ese/_log/); each scenario runs the engine model on
  real files, and the outcome comes from the model reading them.

  Rule: Hard recovery goes on through the logs on disk up to the current log, and the store goes on in it
    Restore replays the backup set's logs, then "the logs in the log folder" from the generation after the
    backup's last one up to the current log (logutil.cxx l.520-740, the existing logs' checks; the article's
    own example replays E0000010.log to E0000014.log this way). Ending in the current log, the store writes
    on in that log; no new generation is started.

    @source:ese-logutil-l520
    Scenario Outline: With every log on disk in place, hard recovery replays through <current log> and the store goes on in it (<engine>)
      Given an <engine> store whose current log is generation 0x4
      And an online backup of the store is taken
      And the store goes on until generation 0x7 is the current log
      And the store stops abnormally
      And the checkpoint file is removed
      And the online backup is restored
      When the restore completes and the store is brought online
      Then hard recovery replays generations 0x1 to 0x7, in order
      And every committed transaction is in the database
      And <current log> is generation 0x7, following <previous log>
      And after recovery the database header shows State "Clean Shutdown" and Log Required "0-0"
      And the store is mounted

      Examples:
        | engine               | current log | previous log |
        | Exchange Server 5.5  | EDB.log     | EDB00006.log |
        | Exchange 2000 Server | E00.log     | E0000006.log |

  Rule: With no log on disk, hard recovery ends at the backup's last log, which the log folder then holds
    With nothing after the backup set, recovery ends in the backup's last log; the log folder is given
    that log and the store starts the next generation after it (logutil.cxx l.520-740, hard recovery
    without E00.log as in KB 812592's conclusion).

    @source:ese-logutil-l520
    Scenario: With every log on disk lost, the store starts the generation after the backup's last log
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And an online backup of the store is taken
      And the store goes on until generation 0x7 is the current log
      And the store stops abnormally
      And all the log files are removed
      And the checkpoint file is removed
      And the online backup is restored
      When the restore completes and the store is brought online
      Then hard recovery replays generations 0x1 to 0x4, in order
      And the work committed in generations 0x1 to 0x4 is in the database
      And none of the work committed from generation 0x5 on is in the database
      And E00.log is generation 0x5, following E0000004.log
      And the store is mounted

  Rule: A log on disk that does not follow the one before it stops hard recovery with -611
    Each existing log's previous-generation time must be the creation time of the log before it, or the
    restore fails with -611 JET_errExistingLogFileIsNotContiguous (logutil.cxx l.588-621). A log put back
    from before an earlier restore has the right generation but follows another timeline.

    @source:ese-logutil-l588
    Scenario: A log put back from before an earlier restore stops hard recovery with -611 JET_errExistingLogFileIsNotContiguous
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And an online backup of the store is taken
      And the store goes on until generation 0x6 is the current log
      And the logs from E0000004.log to E00.log are moved aside
      And the online backup is restored
      And the restore has completed and the store has been brought online
      And the store goes on until generation 0x6 is the current log
      And the store stops abnormally
      And E0000005.log is replaced by the one moved aside
      And the checkpoint file is removed
      And the online backup is restored
      When the restore completes and the store is brought online
      Then hard recovery fails on E0000005.log with -611 JET_errExistingLogFileIsNotContiguous
      And the store is not mounted

  Rule: Damage in a log of the backup set is -573, in a log after it -574; a torn end of the current log is patched
    Hard recovery tells apart the logs it was given with the backup and the logs it found on disk: a
    corrupt log of the backup set fails the restore with -573 JET_errLogCorruptDuringHardRestore, a
    corrupt log after it with -574 JET_errLogCorruptDuringHardRecovery (logread.cxx l.2357-2395), and a
    write torn at the end of the current log, not part of the backup set, is patched and recovery goes on
    (logread_legacy.cxx l.2705-2800).

    @source:ese-logread-l2357
    Scenario: A damaged log of the restored backup set stops hard recovery with -573
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And an online backup of the store is taken
      And the store goes on until generation 0x7 is the current log
      And the store stops abnormally
      And the checkpoint file is removed
      And the online backup is restored
      And the restored copy of E0000002.log is damaged
      When the restore completes and the store is brought online
      Then hard recovery fails on E0000002.log with -573 JET_errLogCorruptDuringHardRestore
      And the engine reports event 463 with error -573 JET_errLogCorruptDuringHardRestore for E0000002.log
      And the store is not mounted

    @source:ese-logread-l2357
    Scenario: A damaged log on disk after the backup set stops hard recovery with -574
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And an online backup of the store is taken
      And the store goes on until generation 0x7 is the current log
      And the store stops abnormally
      And the checkpoint file is removed
      And E0000006.log is damaged
      And the online backup is restored
      When the restore completes and the store is brought online
      Then hard recovery fails on E0000006.log with -574 JET_errLogCorruptDuringHardRecovery
      And the engine reports event 464 with error -574 JET_errLogCorruptDuringHardRecovery for E0000006.log
      And the store is not mounted

    @source:ese-logread-legacy-l2705
    Scenario: A write torn at the end of E00.log is patched: hard recovery ends the log there and the store mounts
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And an online backup of the store is taken
      And the store goes on until generation 0x7 is the current log
      And the store stops abnormally
      And the last block of E00.log is torn
      And the checkpoint file is removed
      And the online backup is restored
      When the restore completes and the store is brought online
      Then hard recovery replays generations 0x1 to 0x7, in order
      And the work committed in generations 0x1 to 0x6 is in the database
      And the store is mounted

  Rule: A failed hard recovery leaves the database Dirty Shutdown, requiring the logs it was replaying
    Redo records in the database header the range of logs it needs before it replays into the database
    (the Log Required range, "the logs required to bring the database to a consistent state"), and a
    failure leaves the header as it was written: the restored database is not consistent and still needs
    every log from the backup's first to the current log; what was replayed before the damaged log is in
    the database (logredo.cxx l.6225-6295, ErrLGRIRedoAttachDb's
    header fields; db.cxx ErrDBReadHeaderCheckConsistency reads them at the next attempt).

    @source:ese-logredo-l6225
    Scenario: Hard recovery stopped by a damaged log on disk leaves the database requiring logs 1-7
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And an online backup of the store is taken
      And the store goes on until generation 0x7 is the current log
      And the store stops abnormally
      And the checkpoint file is removed
      And E0000006.log is damaged
      And the online backup is restored
      When the restore completes and the store is brought online
      Then hard recovery fails on E0000006.log with -574 JET_errLogCorruptDuringHardRecovery
      And the database header shows State "Dirty Shutdown" and Log Required "1-7"
      And the work committed in generations 0x1 to 0x5 is in the database

  Rule: Hard recovery rolls back what the backup's logs leave uncommitted
    The backup copied a page written by a transaction that had not committed; the logs end without its
    commit. As at the end of soft recovery, hard recovery undoes it before the database is consistent
    (logredo.cxx ErrLGRIEndAllSessions, the undo of the sessions left open).

    @source:ese-logredo-l6225
    Scenario: A transaction left open in the backup's logs is not in the restored database
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And a transaction that has not committed, whose page the checkpoint has already written to the database
      And an online backup of the store is taken
      And the store stops abnormally
      And the checkpoint file is removed
      And the online backup is restored
      When the restore completes and the store is brought online
      Then hard recovery replays generations 0x4 to 0x5, in order
      And the uncommitted transaction is not in the database
      And every committed transaction is in the database
      And the store is mounted

  Rule: After hard recovery the database holds no backup: the next backup must be a full one
    At the end of hard recovery ESE clears the database's Current Full Backup and also its Previous Full
    Backup: "delete the previous backup info on any hard recovery / this will prevent a incremental backup
    and log truncation problems" (db.cxx l.5696-5705). An incremental backup then finds no full backup
    to follow: event 206 and JET_errMissingFullBackup (-560), backup.cxx l.815-837; jetmsg.mc MessageId 206
    ("You must first perform a full backup before performing an incremental backup").

    @source:ese-db-l5696
    Scenario: After a restore, eseutil /mh shows no full backup in the database header
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And an online backup of the store is taken
      And the store goes on until generation 0x7 is the current log
      And the store stops abnormally
      And the checkpoint file is removed
      And the online backup is restored
      And the restore has completed and the store has been brought online
      When the database header is dumped
      Then the dump shows "Previous Full Backup: none"
      And the dump shows "Current Full Backup: none"

    @source:ese-db-l5696 @source:ese-backup-l815
    Scenario: After a restore, an incremental backup fails with -560 JET_errMissingFullBackup until a full backup is taken
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And an online backup of the store is taken
      And the store goes on until generation 0x7 is the current log
      And the store stops abnormally
      And the checkpoint file is removed
      And the online backup is restored
      And the restore has completed and the store has been brought online
      When an incremental backup of the store is attempted
      Then the backup fails with -560 JET_errMissingFullBackup

  Rule: A full online backup needs an empty folder; an incremental one goes beside the full one it follows
    Before it copies anything, ESE prepares the backup folder (ErrBKIPrepareDirectory, backup.cxx
    l.1116-1244). For a full backup it looks at every entry of the folder, files and subfolders alike, and
    refuses the backup with -504 JET_errBackupDirectoryNotEmpty for any entry but "." and ".." (ErrLGCheckDir,
    l.91-130, called with no name to look for at l.1237). For an incremental backup it only looks for an
    atomic backup's "new" and "old" folders (l.1226-1231, names from daeconst.hxx l.30-31, compared without
    case, normu.hxx l.33-36): the logs go beside whatever else is there, the full backup they follow included.

    @source:ese-backup-l1237
    Scenario: A full online backup into the folder of an earlier one fails with -504 JET_errBackupDirectoryNotEmpty
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And an online backup of the store is taken
      And the store goes on until generation 0x7 is the current log
      When an online backup of the store into "online-backup" is attempted
      Then the backup fails with -504 JET_errBackupDirectoryNotEmpty

    @source:ese-backup-l91
    Scenario: A full online backup into a folder holding only an empty subfolder fails with -504 JET_errBackupDirectoryNotEmpty
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the folder "tape" holds only an empty subfolder "monday"
      When an online backup of the store into "tape" is attempted
      Then the backup fails with -504 JET_errBackupDirectoryNotEmpty

    @source:ese-backup-l1226
    Scenario: An incremental backup goes into the folder of the full backup it follows
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And an online backup of the store is taken
      And the store goes on until generation 0x7 is the current log
      When an incremental backup of the store into "online-backup" is attempted
      Then the incremental backup holds the logs E0000005.log to E0000007.log

    @source:ese-backup-l1230
    Scenario Outline: An incremental backup into a folder holding an atomic backup's "<folder>" folder fails with -504 JET_errBackupDirectoryNotEmpty
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And an online backup of the store is taken
      And the store goes on until generation 0x7 is the current log
      And the folder "incremental" holds only an empty subfolder "<folder>"
      When an incremental backup of the store into "incremental" is attempted
      Then the backup fails with -504 JET_errBackupDirectoryNotEmpty

      Examples:
        | folder |
        | new    |
        | Old    |
