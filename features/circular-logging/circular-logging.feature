@topic:circular-logging
Feature: Circular logging keeps only the logs soft recovery needs
  Beyond KB 812592: with circular logging on, the engine reuses the closed logs below the checkpoint when
  it starts a new log, so only a few logs exist; that is enough for soft recovery, but not for an
  incremental backup or for rolling a restored backup forward. Sources: ESE's LOG_STREAM::ErrOpenTempLogFile
  (dev/ese/src/ese/_log/logstream.cxx l.1682-1730), the log header flag fLGCircularLoggingCurrent 0x02
  (dev/ese/src/inc/log.hxx l.137; set at l.2441), ErrBKBeginExternalBackup (dev/ese/src/ese/backup.cxx
  l.1673-1675: -526 JET_errInvalidBackup), and the hard recovery checks of the live logs (logutil.cxx
  l.598-740: -611, event 458).

  Rule: Closed logs below the checkpoint go as new logs start
    "If circular log file flag set and backup not in progress then find oldest log file and if no longer
    needed for soft-failure recovery, then rename to szJetTempLog. Also delete any unnecessary log files."
    (logstream.cxx l.1682-1685)

    @source:ese-logstream-l1682
    Scenario Outline: Only the last closed log and the current log are left (<engine>)
      Given an <engine> store with circular logging whose current log is generation 0x6, its checkpoint advancing with every log
      When the log folder is listed
      Then the log folder holds only <last closed log> and <current log>
      And every log in the folder is flagged for circular logging

      Examples:
        | engine               | last closed log | current log |
        | Exchange Server 5.5  | EDB00005.log    | EDB.log     |
        | Exchange 2000 Server | E0000005.log    | E00.log     |

    @source:ese-logstream-l1682
    Scenario: After a crash, soft recovery needs only the logs from the checkpoint
      Given an Exchange 2000 Server store with circular logging whose current log is generation 0x6, its checkpoint advancing with every log
      And the store stops abnormally
      When the store is brought online
      Then soft recovery replays generations 0x6 to 0x6, in order
      And every committed transaction is in the database
      And the store is mounted

    @source:ese-logstream-l1682
    Scenario: The closed log that holds the checkpoint is kept, and soft recovery starts in it
      The checkpoint stays in generation 0x6 while the store goes on to 0x8: E0000006.log is still needed
      for soft recovery, only the logs below it go.
      Given an Exchange 2000 Server store with circular logging whose current log is generation 0x6, its checkpoint advancing with every log
      And the store goes on until generation 0x8 is the current log
      And the store stops abnormally
      When the store is brought online
      Then soft recovery replays generations 0x6 to 0x8, in order
      And every committed transaction is in the database
      And the store is mounted

  Rule: With circular logging only full backups can be taken
    -526 JET_errInvalidBackup: "Cannot perform incremental backup when circular logging enabled"
    (jethdr.w; raised by ErrBKBeginExternalBackup, backup.cxx l.1673-1675).

    @source:ese-backup-l1673
    Scenario Outline: An incremental backup with circular logging fails with -526 JET_errInvalidBackup (<engine>)
      Given an <engine> store with circular logging whose current log is generation 0x3, its checkpoint advancing with every log
      And an online backup of the store is taken
      When an incremental backup of the store is attempted
      Then the backup fails with -526 JET_errInvalidBackup

      Examples:
        | engine               |
        | Exchange Server 5.5  |
        | Exchange 2000 Server |

    @source:ese-backup-l1673
    Scenario: Without circular logging, an incremental backup holds the logs written since the full backup
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And an online backup of the store is taken
      And the store goes on until generation 0x6 is the current log
      When an incremental backup of the store is attempted
      Then the incremental backup holds the logs E0000004.log to E0000006.log

  Rule: Hard recovery cannot roll a restored backup forward past the backup
    Hard recovery replays the backup set, then the logs in the log folder only if they follow it without a
    gap (logutil.cxx l.598-740: "Logfile replay cannot succeed if there are gaps", event 458, -611). With
    circular logging the logs written after the backup are gone.

    @source:ese-logutil-l598
    Scenario Outline: The logs left by circular logging do not follow the backup: hard recovery fails with -611 JET_errExistingLogFileIsNotContiguous (<engine>)
      Given an <engine> store with circular logging whose current log is generation 0x3, its checkpoint advancing with every log
      And an online backup of the store is taken
      And the store goes on until generation 0x8 is the current log, its checkpoint advancing with every log
      And the store stops abnormally
      And the online backup is restored
      When the restore completes and the store is brought online
      Then hard recovery fails with -611 JET_errExistingLogFileIsNotContiguous
      And the store is not mounted

      Examples:
        | engine               |
        | Exchange Server 5.5  |
        | Exchange 2000 Server |

    @source:ese-logutil-l598
    Scenario: With the live logs moved aside, hard recovery restores the store as it was at the backup
      Given an Exchange 2000 Server store with circular logging whose current log is generation 0x3, its checkpoint advancing with every log
      And an online backup of the store is taken
      And the store goes on until generation 0x8 is the current log, its checkpoint advancing with every log
      And the store stops abnormally
      And the logs from E0000007.log to E00.log are moved aside
      And the online backup is restored
      When the restore completes and the store is brought online
      Then the store is mounted
      And the work committed in generations 0x1 to 0x3 is in the database
      And none of the work committed from generation 0x4 on is in the database
