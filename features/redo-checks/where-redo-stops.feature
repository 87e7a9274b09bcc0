@topic:redo-checks
Feature: A page older than the change the log records for it stops redo, and a recovery that fails says where it stopped
  Beyond KB 812592: redo compares each page with the change the log records for it, the page's dbtime against
  the record's dbtime-before. A page older than that is a page whose last write the disk lost: ESE reports
  the mismatch with the log position of the record (event 516, DBTIME_MISMATCH_ID) and recovery fails with
  -566 JET_errDbTimeTooOld (logredo.cxx l.269-330, ErrLGRIReportDbtimeMismatch). When recovery stops before
  the end of the logs, what it replayed stays in the database, and the position of the last record it read
  is where it stopped (logredo.cxx l.4337-4360: lgposOldLastRec in event 446); eseutil's result shows it as
  "Stopped at" (docs/cli.md). Sources: ESE's code, microsoft/Extensible-Storage-Engine @ 7030fe7 (see README.md).

  Rule: A page whose last write the disk lost stops redo with -566 at the next change to it
    The checkpoint wrote the page and moved on; the disk reported the write done but kept the page as it was.
    The log's next change to the page starts from the version the disk lost: the page is older than the
    record's dbtime-before, a lost flush (logredo.cxx l.282: dbtime on the page below the record's
    dbtime-before is JET_errDbTimeTooOld). Redo stops at that record.

    @source:ese-logredo-l282
    Scenario: A page whose last write the disk lost stops soft recovery with -566 JET_errDbTimeTooOld at the next change to it
      Given an Exchange 2000 Server store whose current log is generation 0x2
      And the checkpoint advances
      And every page committed so far is rewritten by a committed transaction, 1 time
      And the checkpoint advances, but the disk loses its write of the first page committed
      And every page committed so far is rewritten by a committed transaction, 1 time
      And the store stops abnormally
      When the store is brought online
      Then soft recovery fails with -566 JET_errDbTimeTooOld
      And soft recovery stopped at the last write of the first page committed, in E00.log
      And the store is not mounted

  Rule: A recovery that fails stops at the last record it read
    Each log is checked as redo reaches it: at a missing generation recovery stops after the last record of
    the log before it (logredo.cxx l.4262-4297, -528 JET_errMissingLogFile), and at a damaged log after
    the records it could read (logread.cxx l.2357-2395, -501 JET_errLogFileCorrupt).

    @source:ese-logredo-l4262
    Scenario Outline: With <missing log> gone, soft recovery stops at the last record of <log before> (<engine>)
      Given an <engine> store whose current log is generation 0x5
      And the store stops abnormally
      And <missing log> is removed
      When the store is brought online
      Then soft recovery fails on <missing log> with -528 JET_errMissingLogFile
      And soft recovery stopped at the last record of <log before>

      Examples:
        | engine               | missing log  | log before   |
        | Exchange Server 5.5  | EDB00004.log | EDB00003.log |
        | Exchange 2000 Server | E0000003.log | E0000002.log |
