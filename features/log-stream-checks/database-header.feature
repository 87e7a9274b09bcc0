@topic:log-stream-checks
Feature: What soft recovery checks in the database header against the logs
  Beyond KB 812592: before soft recovery replays into a database, ESE compares the database header with
  the logs it finds: a database restored from an online backup is not for soft recovery, and the highest
  log the database requires must be the very log it saw, not another log of the same generation. Each a
  real engine behaviour read in ESE's source (microsoft/Extensible-Storage-Engine, dev/ese/src/ese/_log/);
  each scenario runs the engine model on real files, and the error comes from the model reading them.

  Rule: A database restored from an online backup needs hard recovery: soft recovery fails with -544
    The header of a database copied by an online backup holds the backup it belongs to (Current Full
    Backup). Attached by soft recovery, not by a restore, it is JET_errSoftRecoveryOnBackupDatabase (-544,
    "Soft recovery is intended on a backup database. Restore should be used instead"), logredo.cxx
    l.5955-5990 (ErrLGRICheckAttachNow).

    @source:ese-logredo-l5955
    Scenario: eseutil /r on a database restored from an online backup fails with -544 JET_errSoftRecoveryOnBackupDatabase
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And an online backup of the store is taken
      And the store goes on until generation 0x7 is the current log
      And the store stops abnormally
      And the checkpoint file is removed
      And the online backup is restored
      When eseutil /r is run on the folder
      Then soft recovery fails with -544 JET_errSoftRecoveryOnBackupDatabase
      And the database header shows State "Dirty Shutdown" and Log Required "1-4"

  Rule: The highest log the database requires must be the one it saw, not another log of that generation
    The header records the creation time of the highest log the database requires. A log of that
    generation created at another time, from another timeline of the same log stream, is not it: event
    496 ("Database requires logfile ... created at ... Recovery found the logfile created at ...") and
    JET_errRequiredLogFilesMissing (-543), logredo.cxx l.4590-4640; jetmsg.mc MessageId 496.

    @source:ese-logredo-l4590
    Scenario: Logs put back from before a restore, of the same generations, stop soft recovery with -543 and event 496
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And an online backup of the store is taken
      And the store goes on until generation 0x5 is the current log
      And the logs from E0000004.log to E00.log are moved aside
      And the online backup is restored
      And the restore has completed and the store has been brought online
      And the store goes on until generation 0x5 is the current log
      And the store stops abnormally
      And E0000004.log is replaced by the one moved aside
      And E00.log is replaced by the one moved aside
      When the store is brought online
      Then soft recovery fails with -543 JET_errRequiredLogFilesMissing
      And the engine reports event 496 with error -543 JET_errRequiredLogFilesMissing
      And the store is not mounted

  Rule: A database that needs logs below the checkpoint cannot be attached at the checkpoint: -543
    Redo attaches the database where the checkpoint is; a database whose Log Required range starts below
    the checkpoint's generation (a copy of it from before the checkpoint moved on, put back) needs logs
    redo will not replay: JET_errRequiredLogFilesMissing (-543), "lGenMinRequired < lGenCurrent"
    (logredo.cxx l.5945-5953, ErrLGRICheckAttachNow). Without the checkpoint file, redo starts at the
    lowest log present, and the copy is attached before the logs it needs (logredo.cxx l.15178).

    @source:ese-logredo-l5945
    Scenario: A file copy of the running database, put back after a crash, fails with -543 while the checkpoint is past it
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And a file copy of the database is taken while the store runs
      And the checkpoint advances
      And the store goes on until generation 0x6 is the current log
      And the checkpoint advances
      And the store stops abnormally
      And the database is replaced by that copy
      When the store is brought online
      Then soft recovery fails with -543 JET_errRequiredLogFilesMissing
      And the store is not mounted
      And the database header shows State "Dirty Shutdown" and Log Required "1-4"

    @source:ese-logredo-l5945 @source:ese-logredo-l15178
    Scenario: With the checkpoint file removed, the copy put back is recovered from the lowest log
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And a file copy of the database is taken while the store runs
      And the checkpoint advances
      And the store goes on until generation 0x6 is the current log
      And the checkpoint advances
      And the store stops abnormally
      And the database is replaced by that copy
      And the checkpoint file is removed
      When the store is brought online
      Then soft recovery replays generations 0x1 to 0x6, in order
      And every committed transaction is in the database
      And the store is mounted

  Rule: With the primary copy of the database header damaged, the shadow copy is read
    The database header is written twice, the primary copy and its shadow; a copy that fails its checksum
    is passed over for the other (ErrUtilReadShadowedHeader, fileu.cxx l.583-700, used by redo to read the
    database header, logredo.cxx l.4987).

    @source:ese-fileu-l583
    Scenario: eseutil /mh reads the shadow copy of a header whose primary copy is damaged
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally
      And the primary copy of the database header is damaged
      When the database header is dumped
      Then the dump shows "(the primary header copy is damaged; the shadow copy was read)"
      And the dump shows "State: Dirty Shutdown"
      And the dump shows "Log Required: 1-4 (0x1-0x4)"

    @source:ese-fileu-l583 @source:ese-logredo-l4987
    Scenario: Soft recovery reads the shadow copy and recovers the database
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally
      And the primary copy of the database header is damaged
      When the store is brought online
      Then soft recovery replays generations 0x1 to 0x4, in order
      And every committed transaction is in the database
      And the store is mounted

