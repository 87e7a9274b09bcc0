@topic:log-stream-checks
Feature: What soft recovery checks in the log stream before it replays
  Beyond KB 812592: the checks ESE's soft recovery makes on the checkpoint and the logs it finds in the
  log folder, each a real engine behaviour read in ESE's source (microsoft/Extensible-Storage-Engine,
  dev/ese/src/ese/_log/) or the Microsoft KB archive. Each scenario runs the engine model on real files;
  the error comes from the model reading them.

  Rule: Without a usable checkpoint, soft recovery replays from the lowest log present
    ESE's soft start: "If there is no checkpoint starts from the begining of the lowest available log
    generation file" (logredo.cxx, header of ErrLGSoftStart; the fallback at l.15178-15215).

    @source:ese-logredo-l15178
    Scenario Outline: Without the checkpoint file, soft recovery replays every log from the lowest (<engine>)
      Given an <engine> store whose current log is generation 0x4
      And the checkpoint advances
      And the store goes on until generation 0x6 is the current log
      And the store stops abnormally
      And the checkpoint file is removed
      When the store is brought online
      Then soft recovery replays generations 0x1 to 0x6, in order
      And every committed transaction is in the database
      And the store is mounted

      Examples:
        | engine               |
        | Exchange Server 5.5  |
        | Exchange 2000 Server |

    @source:ese-log-l2553 @source:ese-logredo-l15178
    Scenario: With both copies of the checkpoint damaged, soft recovery replays from the lowest log
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the checkpoint advances
      And the store goes on until generation 0x6 is the current log
      And the store stops abnormally
      And both copies of the checkpoint are damaged
      When the store is brought online
      Then soft recovery replays generations 0x1 to 0x6, in order
      And the store is mounted

    @source:ese-log-l2553 @source:ese-fileu-l583
    Scenario: With only the primary copy of the checkpoint damaged, soft recovery starts at the checkpoint its shadow holds
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the checkpoint advances
      And the store goes on until generation 0x6 is the current log
      And the store stops abnormally
      And the primary copy of the checkpoint is damaged
      When the store is brought online
      Then soft recovery replays generations 0x4 to 0x6, in order
      And every committed transaction is in the database
      And the store is mounted

  Rule: A checkpoint of another log stream is ignored; a log of another log stream stops recovery
    Reading a checkpoint whose log signature is not the logs' gives -532 JET_errBadCheckpointSignature
    (log.cxx l.2590-2596), but soft start ignores a checkpoint it cannot use: "we have an error reading
    the checkpoint (like bad signature). We will just ignore it" (logredo.cxx l.15089-15094). A log whose
    signature is not the stream's is -530 JET_errBadLogSignature (log.cxx l.4004-4010).

    @source:ese-logredo-l15089
    Scenario: Another server's checkpoint in the folder is ignored, and soft recovery replays from the lowest log
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally
      And another server's store has run until generation 0x6 is its current log, then stopped cleanly
      And the checkpoint file is replaced by the other server's
      When the store is brought online
      Then soft recovery replays generations 0x1 to 0x4, in order
      And every committed transaction is in the database
      And the store is mounted

    @source:ese-logredo-l15089
    Scenario: Another server's checkpoint in a generation below the lowest log is ignored too
      The other server's checkpoint names a generation this log folder no longer has; used, it would send
      recovery to a missing log. Ignored, recovery starts at the lowest log present.
      Given an Exchange 2000 Server store whose log stream starts at generation 0x5, the lower logs truncated by backups
      And the store goes on until generation 0x7 is the current log
      And the store stops abnormally
      And another server's store has run until generation 0x2 is its current log, then stopped cleanly
      And the checkpoint file is replaced by the other server's
      When the store is brought online
      Then soft recovery replays generations 0x5 to 0x7, in order
      And every committed transaction is in the database
      And the store is mounted

    @source:ese-log-l4004
    Scenario Outline: A log of another server's log stream among the logs stops soft recovery with -530 JET_errBadLogSignature (<engine>)
      Given an <engine> store whose current log is generation 0x5
      And the store stops abnormally
      And another server's store has run until generation 0x6 is its current log, then stopped cleanly
      And <log> is replaced by the other server's <log>
      When the store is brought online
      Then soft recovery fails on <log> with -530 JET_errBadLogSignature
      And the store is not mounted

      Examples:
        | engine               | log          |
        | Exchange Server 5.5  | EDB00003.log |
        | Exchange 2000 Server | E0000003.log |

  Rule: Each log must name the previous generation's creation time
    Redo compares every log's tmPrevGen with the creation time of the log before it and fails with -515
    JET_errInvalidLogSequence when they differ (logredo.cxx l.4403-4429, ErrLGRedoFill). A log from before
    a point-in-time restore has the right generation and signature but follows another timeline.

    @source:ese-logredo-l4403
    Scenario: A log put back from before a restore does not follow the new logs: -515 JET_errInvalidLogSequence
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And an online backup of the store is taken
      And the store goes on until generation 0x6 is the current log
      And the logs from E0000004.log to E00.log are moved aside
      And the online backup is restored
      And the restore has completed and the store has been brought online
      And the store goes on until generation 0x6 is the current log
      And the store stops abnormally
      And E0000005.log is replaced by the one moved aside
      When the store is brought online
      Then soft recovery fails on E0000005.log with -515 JET_errInvalidLogSequence
      And the store is not mounted

  Rule: A hole in the sequence with higher logs present is a missing log
    When the next generation is missing but higher logs exist, ESE reports the gap and fails with -528
    JET_errMissingLogFile instead of ending recovery there (logredo.cxx l.4262-4297; event 558 in the
    modern engine, 455 in the model).

    @source:ese-logredo-l4262
    Scenario Outline: With <missing log> gone and later logs present, soft recovery fails with -528 JET_errMissingLogFile (<engine>)
      Given an <engine> store whose current log is generation 0x6
      And the store stops abnormally
      And <missing log> is removed
      When the store is brought online
      Then soft recovery fails on <missing log> with -528 JET_errMissingLogFile
      And the store is not mounted
      And the work committed in generations 0x1 to 0x2 is in the database

      Examples:
        | engine               | missing log  |
        | Exchange Server 5.5  | EDB00003.log |
        | Exchange 2000 Server | E0000003.log |

  Rule: The logs older than the database's Log Required may be gone; its lowest required log may not
    The low end of the database header's Log Required (lGenMinRequired) is the oldest log the database
    needs: ESE checks it when redo reaches the database and fails with -543 JET_errRequiredLogFilesMissing
    when replay starts after it (ErrLGRICheckAttachNow, logredo.cxx l.5939-5953); Exchange 5.5's engine
    reports the log missing, -528 (docs/decisions/0001). Logs older than the low end are not needed.

    @source:ese-logredo-l5939
    Scenario Outline: With every log older than Log Required removed, soft recovery replays from its low end (<engine>)
      Given an <engine> store whose current log is generation 0x6
      And the checkpoint advances
      And the store goes on until generation 0x8 is the current log
      And the store stops abnormally
      And the database header shows State "Dirty Shutdown" and Log Required "6-8"
      And the logs from <first log> to <older log> are removed
      When the store is brought online
      Then soft recovery replays generations 0x6 to 0x8, in order
      And every committed transaction is in the database
      And the store is mounted

      Examples:
        | engine               | first log    | older log    |
        | Exchange Server 5.5  | EDB00001.log | EDB00005.log |
        | Exchange 2000 Server | E0000001.log | E0000005.log |

    @source:ese-logredo-l5939
    Scenario Outline: With the lowest log Log Required names removed too, soft recovery fails with <error> (<engine>)
      Given an <engine> store whose current log is generation 0x6
      And the checkpoint advances
      And the store goes on until generation 0x8 is the current log
      And the store stops abnormally
      And the logs from <first log> to <required log> are removed
      When the store is brought online
      Then soft recovery fails on <required log> with <error>
      And the engine reports event 452 with error <error>
      And the store is not mounted
      And the database header shows State "Dirty Shutdown" and Log Required "6-8"

      Examples:
        | engine               | first log    | required log | error                               |
        | Exchange Server 5.5  | EDB00001.log | EDB00006.log | -528 JET_errMissingLogFile          |
        | Exchange 2000 Server | E0000001.log | E0000006.log | -543 JET_errRequiredLogFilesMissing |

  Rule: The temporary log stands for a missing current log
    "we are ok with a missing edb.log" when the temporary log exists: a crash between the two renames of a
    log roll leaves the next generation as the temporary log, and recovery takes it as the current log
    (logredo.cxx l.4323 and l.14941, FTempLogExists).

    @source:ese-logredo-l4323
    Scenario Outline: After a crash in the middle of a log roll, <temporary log> is taken as the current log (<engine>)
      Given an <engine> store whose current log is generation 0x4
      And the store stops abnormally while starting its next log, before <temporary log> becomes <current log>
      When the store is brought online
      Then soft recovery replays generations 0x1 to 0x5, in order
      And every committed transaction is in the database
      And <current log> is generation 0x6, following <closed log>
      And the store is mounted

      Examples:
        | engine               | temporary log | current log | closed log   |
        | Exchange Server 5.5  | EDBtmp.log    | EDB.log     | EDB00005.log |
        | Exchange 2000 Server | E00tmp.log    | E00.log     | E0000005.log |

  Rule: With no log at all, the engine starts a new log stream, which a dirty database cannot use
    "neither szJetLog nor szJetTmpLog exist. If no old generation files exists, gen a new logfile at
    generation 1" (logredo.cxx l.14903-14905). A database that was not shut down cleanly then cannot be
    attached: -550 JET_errDatabaseDirtyShutdown (db.cxx, ErrDBReadHeaderCheckConsistency).

    @source:ese-db-ErrDBReadHeaderCheckConsistency
    Scenario Outline: With every log removed, a dirty database fails with -550 JET_errDatabaseDirtyShutdown (<engine>)
      Given an <engine> store whose current log is generation 0x4
      And the store stops abnormally
      And all the log files are removed
      When the store is brought online
      Then soft recovery fails with -550 JET_errDatabaseDirtyShutdown
      And the store is not mounted
      And the database header shows State "Dirty Shutdown" and Log Required "1-4"

      Examples:
        | engine               |
        | Exchange Server 5.5  |
        | Exchange 2000 Server |

    @source:ese-logredo-l14903
    Scenario Outline: With every log and the checkpoint removed, a clean database starts a new log stream at generation 1 (<engine>)
      Given an <engine> store whose current log is generation 0x4
      And the store is stopped cleanly
      And all the log files are removed
      And the checkpoint file is removed
      When the store is brought online
      Then the store is mounted
      And <current log> is generation 0x1 of a new log stream
      And every committed transaction is in the database

      Examples:
        | engine               | current log |
        | Exchange Server 5.5  | EDB.log     |
        | Exchange 2000 Server | E00.log     |

  Rule: Work that fills the current log closes it; soft recovery replays every log the work filled
    When the log buffer reaches the end of the current log, the engine closes it as the next numbered log
    and goes on in a new current log of the same size (LOG::ErrLGNewLogFile, log.cxx l.28-60 and
    l.4113; logstream.cxx l.2961). A transaction's records go on in the new log; soft recovery replays
    them all, in order.

    @source:ese-logstream-l2961
    Scenario: Logs filled by work alone are replayed whole after a crash
      Given an Exchange 2000 Server store whose current log is generation 0x1
      And the store commits transactions that each rewrite 4 of the pages 1 to 16 with 1000 bytes, until its logs have filled up to generation 0x4
      And the store stops abnormally
      When the store is brought online
      Then soft recovery replays generations 0x1 to 0x4, in order
      And the database holds pages 1 to 16, each 1000 bytes written by a committed transaction
      And the store is mounted
