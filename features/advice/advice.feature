@topic:advice
Feature: The advisor recognises the situation a folder is in and says what to do
  The advisor (ese.recovery.advice.SituationAdvisor) reads a server's folder only: the logs, the checkpoint, the
  database header, the reserve logs and restore.env. It names the situation, the evidence it read, what
  to do and not to do, and its sources. Each scenario builds its folder with the engine, as the other
  features do, and then asks the advisor.

  Rule: It recognises the cases of KB 812592
    "Do not manipulate log files if a failed soft recovery on the database has occurred [...] Only
    manipulate logs files after a database has been restored, but before hard recovery has been run."

    @applies:renaming-transaction-logs @section:when-not-to-manipulate-log-files @kb812592 @link.kb=812592
    Scenario: After soft recovery failed on the damaged E0000015.log: do not rename, restore the online backup
      Given an Exchange 2000 Server store whose current log is generation 0xF
      And an online backup of the store is taken
      And the store goes on until generation 0x1A is the current log
      And the store stops abnormally
      And E0000015.log is damaged
      And the store has been brought online
      When the advisor examines the folder
      Then the advisor recognises "a damaged log the database needs" first
      And the rule of the articles that applies is "do not manipulate logs"
      And the articles' advice is, step by step:
        | Remove E0000015.log, E0000016.log, E0000017.log, E0000018.log, E0000019.log, E00.log (the unusable log and every later one). |
        | Remove the checkpoint E00.chk. |
        | Restore the online backup: eserecover restore <folder>/online-backup <folder> |
        | Run hard recovery: eserecover restore-recover <folder> (it replays the backup's logs 1 (0x1) to 15 (0xF), then the good logs on disk up to 20 (0x14); it does not need E00.log). |
        | Mount the store: eserecover mount <folder> |
      And the articles' advice says not to:
        | Do not rename a log to E00.log and do not remove logs to make this database soft-recover: it fails (or has already failed) with -543 JET_errRequiredLogFilesMissing or the same error again. |
        | Do not delete E0000014.log or any good log before it: recovery will need them. |
      And its advice for "a damaged log the database needs" says not to "rename the last good log to E00.log"
      And its advice for "a damaged log the database needs" says to "restore the last online backup"
      And its advice for "a damaged log the database needs" cites "KB 812592, When not to manipulate log files"

    @applies:renaming-transaction-logs @section:when-not-to-manipulate-log-files @kb812592 @link.kb=812592
    Scenario: After E0000014.log was renamed to E00.log, the database still requires the logs up to 0x1A
      Given an Exchange 2000 Server store whose current log is generation 0xF
      And an online backup of the store is taken
      And the store goes on until generation 0x1A is the current log
      And the store stops abnormally
      And E0000015.log is damaged
      And the store has been brought online
      And the logs from E0000015.log to E00.log are removed
      And E0000014.log is renamed to E00.log
      When the advisor examines the folder
      Then the advisor recognises "logs the database requires are not there" first
      And the rule of the articles that applies is "do not manipulate logs"
      And the articles' advice is, step by step:
        | Remove E00.log. |
        | Remove the checkpoint E00.chk. |
        | Restore the online backup: eserecover restore <folder>/online-backup <folder> |
        | Run hard recovery: eserecover restore-recover <folder> (it replays the backup's logs 1 (0x1) to 15 (0xF), then the good logs on disk up to 19 (0x13); it does not need E00.log). |
        | Mount the store: eserecover mount <folder> |
      And the articles' advice says not to:
        | Do not rename a log to E00.log and do not remove logs to make this database soft-recover: it fails (or has already failed) with -543 JET_errRequiredLogFilesMissing or the same error again. |
        | Do not delete E0000013.log or any good log before it: recovery will need them. |
      And its advice for "logs the database requires are not there" names the error -543 JET_errRequiredLogFilesMissing
      And its advice for "logs the database requires are not there" cites "KB 812592, When not to manipulate log files"
      And its evidence for "logs the database requires are not there" is:
        | priv1.edb: State Dirty Shutdown, Log Required 16-26 (0x10-0x1A), the highest created 01/05/2026 10:00:29.000 |
        | E00.log: generation 20 (0x14), created 01/05/2026 10:00:23.000 |

    @applies:renaming-transaction-logs @section:completing-a-hard-recovery @kb812592 @link.kb=812592
    Scenario: With the online backup restored and the damaged logs removed, hard recovery is waiting: no renaming
      Given an Exchange 2000 Server store whose current log is generation 0xF
      And an online backup of the store is taken
      And the store goes on until generation 0x1A is the current log
      And the store stops abnormally
      And E0000015.log is damaged
      And the store has been brought online
      And the logs from E0000015.log to E00.log are removed
      And the checkpoint file is removed
      And the online backup is restored
      When the advisor examines the folder
      Then the advisor recognises "a restore waiting for hard recovery" first
      And the rule of the articles that applies is "complete hard recovery"
      And the articles' advice is, step by step:
        | Run hard recovery: eserecover restore-recover <folder> |
        | Mount the store: eserecover mount <folder> |
      And the articles' advice says not to:
        | Do not rename any log to E00.log: hard recovery does not need it. |
        | Do not run soft recovery (recover) on the restored database: it is refused with -544 on Exchange 2000, and on Exchange 5.5 it would go without the patch file. |
      And its advice for "a restore waiting for hard recovery" says not to "rename a log to E00.log"
      And its advice for "a restore waiting for hard recovery" cites "KB 812592, Completing a hard recovery does not require renaming"
      And the articles' advice read:
        | <folder>                | logs 16 (0x10) to 20 (0x14)                                                                                                                                                                                       |
        | E00.chk                 | missing                                                                                                                                                                                                           |
        | priv1.edb               | State: Dirty Shutdown, Log Required: 1-15 (0x1-0xF), the highest created 01/05/2026 10:00:16.000, Current Full Backup: logs 1 (0x1) to 15 (0xF), the last from restore/priv1.pat (restored from an online backup) |
        | priv1.edb               | 0 page(s), every one with a sound checksum                                                                                                                                                                        |
        | restore/restore.env     | a restore of logs 1 (0x1) to 15 (0xF), hard recovery pending                                                                                                                                                      |
        | online-backup/priv1.edb | an online backup: Current Full Backup logs 1 (0x1) to 15 (0xF)                                                                                                                                                   |

    @topic:hard-recovery-checks @source:ese-dbdump-l376
    Scenario: A database restored before Exchange 2000 SP2 holds the backup's first log only: the last one is in the patch file, and without it the advisor says so
      Given an Exchange 2000 Server store whose current log is generation 0xF
      And an online backup of the store is taken
      And the store goes on until generation 0x12 is the current log
      And the store stops abnormally
      And the checkpoint file is removed
      And the online backup is restored
      And the restored patch file is removed
      When the advisor examines the folder
      Then the articles' advice read:
        | <folder>                | logs 16 (0x10) to 18 (0x12)                                                                                                                                                                                                  |
        | E00.log                 | the current log, generation 18 (0x12), created 01/05/2026 10:00:21.000                                                                                                                                                       |
        | E00.chk                 | missing                                                                                                                                                                                                                      |
        | priv1.edb               | State: Dirty Shutdown, Log Required: 1-15 (0x1-0xF), the highest created 01/05/2026 10:00:16.000, Current Full Backup: from log 1 (0x1); its last log is in restore/priv1.pat, which is missing (restored from an online backup) |
        | priv1.edb               | 0 page(s), every one with a sound checksum                                                                                                                                                                                   |
        | restore/restore.env     | a restore of logs 1 (0x1) to 15 (0xF), hard recovery pending                                                                                                                                                                 |
        | online-backup/priv1.edb | an online backup: Current Full Backup logs 1 (0x1) to 15 (0xF)                                                                                                                                                              |

    @applies:renaming-transaction-logs @section:when-to-manipulate-log-files @kb812592 @link.kb=812592
    Scenario: Over yesterday's restored offline backup with a damaged E00.log: rename E00000A7.log to E00.log
      Given an Exchange 2000 Server store whose current log is generation 0xA0
      And an online backup of the store is taken
      And the store is stopped cleanly
      And an offline backup of the database is taken
      And the store has been brought online
      And the store goes on until generation 0xA8 is the current log
      And the store stops abnormally
      And E00.log is damaged
      And the offline backup is restored
      When the advisor examines the folder
      Then the advisor recognises "a restored offline backup whose current log is damaged or missing" first
      And the rule of the articles that applies is "rename after offline restore"
      And the articles' advice is, step by step:
        | Remove E00.log. |
        | Rename E00000A7.log to E00.log. |
        | Remove the checkpoint E00.chk. |
        | Mount the store: eserecover mount <folder> (soft recovery replays the logs up to 167 (0xA7)). |
      And the articles' advice says not to:
        | Do not mount the store before the logs are put right: a failed soft recovery records in the database what it required, and renaming no longer works after that. |
      And its advice for "a restored offline backup whose current log is damaged or missing" says to "rename E00000A7.log to E00.log"
      And its advice for "a restored offline backup whose current log is damaged or missing" cites "KB 812592, When to manipulate the log files"
      And the articles' advice read:
        | <folder>                 | logs 161 (0xA1) to 168 (0xA8)                                                        |
        | E00.log                  | log damaged (unusable) at (0xA8,8,0): checksum mismatch (-501 JET_errLogFileCorrupt) |
        | E00.chk                  | the checkpoint is in generation 161 (0xA1) at (0xA1,10,20)                           |
        | priv1.edb                | State: Clean Shutdown, Log Required: 0-0 (0x0-0x0)                                   |
        | priv1.edb                | 480 page(s), every one with a sound checksum                                         |
        | offline-backup/priv1.edb | an offline backup: Clean Shutdown, last consistent at (0xA1,8,20)                    |
        | online-backup/priv1.edb  | an online backup: Current Full Backup logs 1 (0x1) to 160 (0xA0)                     |
      And its evidence for "a restored offline backup whose current log is damaged or missing" is:
        | E00.log: log damaged (unusable) at (0xA8,8,0): checksum mismatch (-501 JET_errLogFileCorrupt) |
        | the database is in Clean Shutdown state |

    @applies:renaming-transaction-logs @section:conclusion @kb812592 @link.kb=812592
    Scenario: Over the crashed database itself with a damaged E00.log: renaming is not the way
      Given an Exchange 2000 Server store whose current log is generation 0xA0
      And the store goes on until generation 0xA8 is the current log
      And the store stops abnormally
      And E00.log is damaged
      When the advisor examines the folder
      Then the advisor recognises "a damaged log the database needs" first
      And the rule of the articles that applies is "do not manipulate logs"
      And the articles' advice is, step by step:
        | Remove E00.log. |
        | Remove the checkpoint E00.chk. |
        | Restore the most recent online backup of the database and run hard recovery (eserecover restore, then restore-recover); no backup was found in the folder's subfolders. |
      And the articles' advice says not to:
        | Do not rename a log to E00.log and do not remove logs to make this database soft-recover: it fails (or has already failed) with -543 JET_errRequiredLogFilesMissing or the same error again. |
        | Do not delete E00000A7.log or any good log before it: recovery will need them. |
      And the advisor does not recognise "a restored offline backup whose current log is damaged or missing"

    @applies:cluster-restore-in-progress-key @section:cause @kbQ188674 @link.kb=188674
    Scenario: An Exchange 5.5 database restored from an online backup without its Restore in Progress key
      Given an Exchange Server 5.5 store whose current log is generation 0x4
      And an online backup of the store is taken
      And the store goes on until generation 0x6 is the current log
      And the store stops abnormally
      And the online backup is restored
      When the advisor examines the folder
      Then the advisor recognises "a database restored from an online backup without hard recovery" first
      And the rule of the articles that applies is "complete hard recovery"
      And the articles' advice is, step by step:
        | Run hard recovery: eserecover restore-recover <folder> --low 0x1 --high 0x4 |
        | Mount the store: eserecover mount <folder> |
      And the articles' advice says not to:
        | Do not rename any log to EDB.log: hard recovery does not need it. |
        | Do not run soft recovery (recover) on the restored database: it is refused with -544 on Exchange 2000, and on Exchange 5.5 it would go without the patch file. |
      And its advice for "a database restored from an online backup without hard recovery" says not to "bring the cluster resource online first"
      And its advice for "a database restored from an online backup without hard recovery" cites "KB Q188674"
      And the articles' advice read:
        | <folder>               | logs 1 (0x1) to 6 (0x6)                                                                                                                                                                              |
        | EDB.log                | the current log, generation 6 (0x6), created 01/05/2026 10:00:09.000                                                                                                                                 |
        | EDB.chk                | the checkpoint is in generation 5 (0x5) at (0x5,8,0)                                                                                                                                                 |
        | priv.edb               | State: Dirty Shutdown, Log Required: 1-4 (0x1-0x4), the highest created 01/05/2026 10:00:05.000, Current Full Backup: logs 1 (0x1) to 4 (0x4), the last from priv.pat (restored from an online backup) |
        | priv.edb               | 0 page(s), every one with a sound checksum                                                                                                                                                           |
        | online-backup/priv.edb | an online backup: Current Full Backup logs 1 (0x1) to 4 (0x4)                                                                                                                                        |

  Rule: It recognises the engine's other documented cases
    Each case is one of the features beside this one; the advisor cites the same sources.

    @topic:log-stream-checks
    Scenario: A crash with every log in place: soft recovery will bring the database back
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally
      When the advisor examines the folder
      Then the advisor recognises "a database soft recovery will bring back" first
      And the rule of the articles that applies is "soft recovery"
      And the articles' advice is, step by step:
        | eserecover mount <folder> |
      And the articles' advice says not to:
        | Do not rename or remove any log: nothing is wrong with them. |
      And its advice for "a database soft recovery will bring back" says not to "remove or rename any log"

    @topic:log-stream-checks
    Scenario: A store stopped cleanly has nothing to recover
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store is stopped cleanly
      When the advisor examines the folder
      Then the advisor recognises "nothing to recover" first
      And the rule of the articles that applies is "nothing to recover"
      And the articles' advice is, step by step:
        | eserecover mount <folder> |
      And the articles' advice says not to:
        | Do not rename or remove any log. |

    @topic:log-stream-checks @source:ese-logredo-l15178
    Scenario: Without the checkpoint, soft recovery starts at the lowest log
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally
      And the checkpoint file is removed
      When the advisor examines the folder
      Then the advisor recognises "no usable checkpoint"
      And the advisor recognises "a database soft recovery will bring back"
      And its evidence for "no usable checkpoint" is:
        | E00.chk is not in the folder |
      And the articles' advice read:
        | <folder>  | logs 1 (0x1) to 4 (0x4)                                                                          |
        | E00.log   | the current log, generation 4 (0x4), created 01/05/2026 10:00:05.000                             |
        | E00.chk   | missing                                                                                          |
        | priv1.edb | State: Dirty Shutdown, Log Required: 1-4 (0x1-0x4), the highest created 01/05/2026 10:00:05.000 |
        | priv1.edb | 0 page(s), every one with a sound checksum                                                       |
      And the articles' advice sums up: "The store stopped abnormally and every log the database requires is here and sound: bring the store online and soft recovery replays them."

    @topic:log-stream-checks @source:ese-logredo-l15089
    Scenario: Another server's checkpoint is recognised and can be removed
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally
      And another server's store has run until generation 0x6 is its current log, then stopped cleanly
      And the checkpoint file is replaced by the other server's
      When the advisor examines the folder
      Then the advisor recognises "a checkpoint of another log stream"
      And its advice for "a checkpoint of another log stream" says to "remove E00.chk"

    @topic:log-stream-checks @source:ese-log-l4004
    Scenario: A log of another server's stream among the logs
      Given an Exchange 2000 Server store whose current log is generation 0x5
      And the store stops abnormally
      And another server's store has run until generation 0x6 is its current log, then stopped cleanly
      And E0000003.log is replaced by the other server's E0000003.log
      When the advisor examines the folder
      Then the advisor recognises "a log of another log stream" first
      And its advice for "a log of another log stream" names the error -530 JET_errBadLogSignature

    @topic:log-stream-checks @source:ese-logredo-l4403
    Scenario: A log put back from before a restore
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And an online backup of the store is taken
      And the store goes on until generation 0x6 is the current log
      And the logs from E0000004.log to E00.log are moved aside
      And the online backup is restored
      And the restore has completed and the store has been brought online
      And the store goes on until generation 0x6 is the current log
      And the store stops abnormally
      And E0000005.log is replaced by the one moved aside
      When the advisor examines the folder
      Then the advisor recognises "a log that does not follow the one before it" first
      And its advice for "a log that does not follow the one before it" names the error -515 JET_errInvalidLogSequence
      And the articles' advice read:
        | <folder>                | logs 3 (0x3) to 6 (0x6)                                                                                                                        |
        | E0000005.log            | previous generation time is 01/05/2026 10:00:06.000, but E0000004.log was created at 01/05/2026 10:00:10.000 (-515 JET_errInvalidLogSequence) |
        | E00.log                 | the current log, generation 6 (0x6), created 01/05/2026 10:00:17.000                                                                           |
        | E00.chk                 | the checkpoint is in generation 4 (0x4) at (0x4,10,20)                                                                                         |
        | priv1.edb               | State: Dirty Shutdown, Log Required: 4-6 (0x4-0x6), the highest created 01/05/2026 10:00:17.000                                                |
        | priv1.edb               | 9 page(s), every one with a sound checksum                                                                                                     |
        | restore/restore.env     | a restore of logs 1 (0x1) to 3 (0x3), hard recovery recovered                                                                                  |
        | online-backup/priv1.edb | an online backup: Current Full Backup logs 1 (0x1) to 3 (0x3)                                                                                  |

    @topic:log-stream-checks @source:ese-logredo-l4262
    Scenario: A hole in the sequence
      Given an Exchange 2000 Server store whose current log is generation 0x6
      And the store stops abnormally
      And E0000003.log is removed
      When the advisor examines the folder
      Then the advisor recognises "a log missing in the sequence" first
      And the rule of the articles that applies is "do not manipulate logs"
      And the articles' advice is, step by step:
        | Remove E0000004.log, E0000005.log, E00.log (every log after the missing one). |
        | Remove the checkpoint E00.chk. |
        | Restore the most recent online backup of the database and run hard recovery (eserecover restore, then restore-recover); no backup was found in the folder's subfolders. |
      And the articles' advice says not to:
        | Do not rename a log to E00.log and do not remove logs to make this database soft-recover: it fails (or has already failed) with -543 JET_errRequiredLogFilesMissing or the same error again. |
        | Do not delete E0000002.log or any good log before it: recovery will need them. |
      And its advice for "a log missing in the sequence" names the error -528 JET_errMissingLogFile
      And its evidence for "a log missing in the sequence" is:
        | E0000003.log: generation 3 (0x3) is missing from the sequence 1 (0x1) to 6 (0x6) (-528 JET_errMissingLogFile) |
      And the articles' advice read:
        | <folder>  | logs 1 (0x1) to 6 (0x6), missing [3 (0x3)]                                                       |
        | E00.log   | the current log, generation 6 (0x6), created 01/05/2026 10:00:07.000                             |
        | E00.chk   | the checkpoint is in generation 1 (0x1) at (0x1,8,20)                                            |
        | priv1.edb | State: Dirty Shutdown, Log Required: 1-6 (0x1-0x6), the highest created 01/05/2026 10:00:07.000 |
        | priv1.edb | 0 page(s), every one with a sound checksum                                                       |

    @topic:log-stream-checks @source:ese-logredo-l4323
    Scenario: E00tmp.log standing for E00.log after a crash in a log roll
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally while starting its next log, before E00tmp.log becomes E00.log
      When the advisor examines the folder
      Then the advisor recognises "the temporary log standing for the current log"
      And the advisor recognises "a database soft recovery will bring back"
      And its evidence for "the temporary log standing for the current log" is:
        | E00tmp.log is there, E00.log is not |
      And the articles' advice read:
        | <folder>   | logs 1 (0x1) to 5 (0x5)                                                                          |
        | E00tmp.log | the current log, generation 5 (0x5), created 01/05/2026 10:00:06.000                             |
        | E00.chk    | the checkpoint is in generation 1 (0x1) at (0x1,8,20)                                            |
        | priv1.edb  | State: Dirty Shutdown, Log Required: 1-5 (0x1-0x5), the highest created 01/05/2026 10:00:06.000 |
        | priv1.edb  | 0 page(s), every one with a sound checksum                                                       |

    @topic:log-stream-checks
    Scenario Outline: With no logs, a <state> database (<engine>)
      Given an <engine> store whose current log is generation 0x4
      And <how it stopped>
      And all the log files are removed
      When the advisor examines the folder
      Then the advisor recognises "<situation>" first
      And its evidence for "<situation>" is:
        | no log of base <base> in the folder |
        | <database>: State <header>          |
      And the articles' advice read:
        | <folder> | no log file (such as E00.log or E0000015.log) in the folder |

      Examples:
        | engine               | state | how it stopped               | situation                                                | base | database  | header                                          |
        | Exchange Server 5.5  | dirty | the store stops abnormally   | no logs for a database that was not shut down cleanly    | EDB  | priv.edb  | Dirty Shutdown, Log Required 1-4 (0x1-0x4)      |
        | Exchange 2000 Server | dirty | the store stops abnormally   | no logs for a database that was not shut down cleanly    | E00  | priv1.edb | Dirty Shutdown, Log Required 1-4 (0x1-0x4)      |
        | Exchange 2000 Server | clean | the store is stopped cleanly | no logs for a database that was shut down cleanly        | E00  | priv1.edb | Clean Shutdown                                  |

    @topic:log-disk-full @kbQ163913 @link.kb=163913
    Scenario: After the log disk filled up and the store stopped cleanly
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And the log disk fills up
      And the current log fills and the store starts the next generation
      And the store is stopped cleanly
      When the advisor examines the folder
      Then the advisor recognises "a log disk that filled up"
      And its advice for "a log disk that filled up" says not to "delete logs"
      And its advice for "a log disk that filled up" cites "KB Q259751"
      And its evidence for "a log disk that filled up" is:
        | res2.log missing |
        | E00.log was written in a reserve log (fLGReservedLog) |

    @topic:circular-logging
    Scenario: A store with circular logging
      Given an Exchange 2000 Server store with circular logging whose current log is generation 0x6, its checkpoint advancing with every log
      And the store stops abnormally
      When the advisor examines the folder
      Then the advisor recognises "circular logging"
      And its advice for "circular logging" says not to "take an incremental backup"

    @topic:generation-ceiling @kb896001 @link.kb=896001
    Scenario: Log generations nearly used up
      Given an Exchange 2000 Server store whose log stream starts at generation 0xFFFE0, the lower logs truncated by backups
      And the store stops abnormally
      When the advisor examines the folder
      Then the advisor recognises "log generations nearly used up"
      And its evidence for "log generations nearly used up" is:
        | E00.log: generation 1048544 (0xFFFE0), 15 generations left |

    @topic:generation-ceiling @kb830408 @link.kb=830408
    Scenario: Log generations used up
      Given an Exchange 2000 Server store whose log stream starts at generation 0xFFFEF, the lower logs truncated by backups
      And the current log fills and the store starts the next generation
      And the store is stopped cleanly
      When the advisor examines the folder
      Then the advisor recognises "log generations used up" first
      And its advice for "log generations used up" names the error -548 JET_errLogSequenceEndDatabasesConsistent
      And its advice for "log generations used up" says to "remove every log and the checkpoint file"
      And its advice for "log generations used up" cites "KB 830408"
      And its evidence for "log generations used up" is:
        | E00.log: generation 1048560 (0xFFFF0), the last is 1048560 (0xFFFF0) |

    @topic:attached-databases @source:ese-logredo-l2159
    Scenario: The database the logs attached is missing
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And the store stops abnormally
      And the database file is removed
      When the advisor examines the folder
      Then the advisor recognises "the database the logs attached is missing" first
      And its advice for "the database the logs attached is missing" says to "/i"
      And its evidence for "the database the logs attached is missing" is:
        | priv1.edb is not in the folder; the logs run to E00.log (generation 3 (0x3)) |
      And the articles' advice read:
        | <folder>  | logs 1 (0x1) to 3 (0x3)                                              |
        | E00.log   | the current log, generation 3 (0x3), created 01/05/2026 10:00:04.000 |
        | E00.chk   | the checkpoint is in generation 1 (0x1) at (0x1,8,20)                |
        | priv1.edb | missing                                                              |

    @topic:attached-databases @source:ese-logredo-l5476
    Scenario: Another server's database in place of the crashed one
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And the store stops abnormally
      And another server's store has run until generation 0x2 is its current log, then stopped cleanly
      And the database is replaced by the other server's database
      When the advisor examines the folder
      Then the advisor recognises "a database that is not the one the logs attached" first
      And its advice for "a database that is not the one the logs attached" names the error -1216 JET_errAttachedDatabaseMismatch
      And its evidence for "a database that is not the one the logs attached" is:
        | priv1.edb: database signature Create time:01/05/2026 10:00:00.000 Rand:2738936610 Computer:EXCHSRV01, log signature Create time:01/05/2026 10:00:00.000 Rand:3633159260 Computer:EXCHSRV01 |
        | E00.log: log signature Create time:01/05/2026 10:00:00.000 Rand:360135606 Computer:EXCHSRV01, attached priv1.edb with another database signature |

  Rule: It recognises the articles' situations as eserecover create-situation makes them
    `eserecover create-situation` writes the two cases of KB 812592 as real folders for people to try
    operations by hand (docs/cli.md); the advisor reads them as it reads any folder.

    @applies:renaming-transaction-logs @section:when-not-to-manipulate-log-files @kb812592 @link.kb=812592
    Scenario: The E0000015 situation: a damaged log the database needs, and no renaming
      Given the E0000015 situation, as eserecover create-situation makes it for Exchange 2000 Server
      When the advisor examines the folder
      Then the advisor recognises "a damaged log the database needs" first
      And the rule of the articles that applies is "do not manipulate logs"
      And the articles' advice is, step by step:
        | Remove E0000015.log, E0000016.log, E0000017.log, E0000018.log, E0000019.log, E00.log (the unusable log and every later one). |
        | Remove the checkpoint E00.chk. |
        | Restore the online backup: eserecover restore <folder>/online-backup <folder> |
        | Run hard recovery: eserecover restore-recover <folder> (it replays the backup's logs 1 (0x1) to 15 (0xF), then the good logs on disk up to 20 (0x14); it does not need E00.log). |
        | Mount the store: eserecover mount <folder> |
      And the articles' advice says not to:
        | Do not rename a log to E00.log and do not remove logs to make this database soft-recover: it fails (or has already failed) with -543 JET_errRequiredLogFilesMissing or the same error again. |
        | Do not delete E0000014.log or any good log before it: recovery will need them. |

    @applies:renaming-transaction-logs @section:when-to-manipulate-log-files @kb812592 @link.kb=812592
    Scenario: The E00000A7 situation: the crashed database and its damaged E00.log, an offline backup beside them
      Given the E00000A7 situation, as eserecover create-situation makes it for Exchange 2000 Server
      When the advisor examines the folder
      Then the rule of the articles that applies is "rename after offline restore"
      And the articles' advice is, step by step:
        | Restore the offline backup: copy <folder>/offline-backup/priv1.edb over <folder>/priv1.edb. |
        | Remove E00.log. |
        | Rename E00000A7.log to E00.log. |
        | Remove the checkpoint E00.chk. |
        | Mount the store: eserecover mount <folder> (soft recovery replays the logs up to 167 (0xA7)). |
      And the articles' advice says not to:
        | Do not rename a log to E00.log and do not remove logs to make this database soft-recover: it fails (or has already failed) with -543 JET_errRequiredLogFilesMissing or the same error again. |
        | Do not mount the restored backup before the rename and the removal of the checkpoint: once soft recovery has failed on it, renaming no longer works. |
