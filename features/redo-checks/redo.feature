@topic:redo-checks
Feature: Redo replays every change once, and the end of recovery rolls back what had not committed
  Beyond KB 812592: the article says soft recovery "replays" the logs into the database. ESE's redo applies a
  logged change to a page only when the page is older than the change (the page's dbtime against the
  record's), so a page already written is left alone and each page ends with its last change; at the end of
  recovery every session still open is ended, which rolls its transaction back and logs each compensation.
  A running store writes pages only through the checkpoint, and keeps the checkpoint at the start of the
  oldest transaction that has not committed, so that recovery always finds the records it must roll back.
  Sources: ESE's code, microsoft/Extensible-Storage-Engine @ 7030fe7 (see README.md).

  Rule: At the end of recovery, every transaction that had not committed is rolled back
    Redo ends every session still open when the logs end (LOG::ErrLGRIEndAllSessions, logredo.cxx l.2364:
    ErrIsamEndSession), which rolls back all its transaction levels (tm.cxx l.122: ErrIsamRollback with
    JET_bitRollbackAll); each undone change is logged (an undo record, redone as such: logredo.cxx l.3267)
    and the transaction's rollback after them, before the end of recovery. A page the checkpoint had already
    written with the uncommitted change is written back as it was.

    @source:ese-logredo-l2364
    Scenario Outline: A transaction that had not committed when the store stopped abnormally is rolled back by soft recovery (<pages> new pages, <after>)
      Given an Exchange 2000 Server store whose current log is generation 0x2
      And a transaction that has not committed writes <pages> new pages
      And it also rewrites a committed page
      And another transaction commits
      And <after>
      And the store stops abnormally
      When the store is brought online
      Then the store is mounted
      And the uncommitted transaction is not in the database
      And every committed transaction is in the database
      And E00.log holds the rollback of the uncommitted transaction: an undo record for each page it wrote, the newest first, then its rollback record
      And the database's dbtime is at least the dbtime of every page

      Examples:
        | pages | after                                              |
        | 2     | the checkpoint advances                            |
        | 12    | the checkpoint advances                            |
        | 2     | the store goes on until generation 0x3 is the current log |
        | 12    | the current log fills and the store starts the next generation |

    @source:ese-logredo-l2364
    Scenario: Two transactions that had not committed, their changes interleaved, are both rolled back by soft recovery, each its own pages
      Given an Exchange 2000 Server store whose current log is generation 0x1
      And a transaction that has not committed writes 2 new pages
      And a transaction that has not committed writes 3 new pages
      And the first transaction that has not committed writes 1 more new page
      And another transaction commits
      And the checkpoint advances
      And the store stops abnormally
      When the store is brought online
      Then the store is mounted
      And the uncommitted transaction is not in the database
      And every committed transaction is in the database
      And E00.log holds the rollback of the uncommitted transaction: an undo record for each page it wrote, the newest first, then its rollback record

    @source:ese-logredo-l3267
    Scenario: A transaction rolled back before the store stopped abnormally stays rolled back after soft recovery
      Given an Exchange 2000 Server store whose current log is generation 0x2
      And a transaction that has not committed writes 2 new pages
      And it also rewrites a committed page
      And the uncommitted transaction rolls back
      And another transaction commits
      And the store stops abnormally
      When the store is brought online
      Then the store is mounted
      And the uncommitted transaction is not in the database
      And every committed transaction is in the database
      And E00.log holds the rollback of the uncommitted transaction: an undo record for each page it wrote, the newest first, then its rollback record

    @source:ese-tm-l122
    Scenario: A store stopped cleanly with a transaction open rolls it back before it writes its pages
      Given an Exchange 2000 Server store whose current log is generation 0x2
      And a transaction that has not committed writes 2 new pages
      And it also rewrites a committed page
      And the store is stopped cleanly
      When the database header is dumped
      Then the dump shows "State: Clean Shutdown"
      And the uncommitted transaction is not in the database
      And every committed transaction is in the database
      And E00.log holds the rollback of the uncommitted transaction: an undo record for each page it wrote, the newest first, then its rollback record

  Rule: The checkpoint does not move past the start of a transaction that has not committed
    The checkpoint is at most the start of the oldest transaction with an uncommitted update (log.cxx
    l.2800: lgposDbConsistency = ppibT->lgposStart), so recovery starts early enough to see every change it
    must roll back, even if the checkpoint wrote the change to the database.

    @source:ese-log-l2800
    Scenario Outline: The checkpoint stays at the start of a transaction that has not committed until it ends (<then>)
      Given an Exchange 2000 Server store whose current log is generation 0x2
      And a transaction that has not committed writes 1 new page
      And another transaction commits
      And the store goes on until generation 0x4 is the current log
      And <then>
      And the checkpoint advances
      When the checkpoint file is dumped
      Then the dump shows the checkpoint in generation <checkpoint>

      Examples:
        | then                                    | checkpoint |
        | another transaction commits             | 0x2        |
        | the uncommitted transaction rolls back  | 0x4        |

    @source:ese-log-l2800
    Scenario: Soft recovery starts at the transaction that had not committed and rolls back what the checkpoint wrote
      Given an Exchange 2000 Server store whose current log is generation 0x2
      And a transaction that has not committed writes 1 new page
      And another transaction commits
      And the store goes on until generation 0x4 is the current log
      And the checkpoint advances
      And the store stops abnormally
      When the store is brought online
      Then soft recovery replays generations 0x2 to 0x4, in order
      And the uncommitted transaction is not in the database
      And every committed transaction is in the database

  Rule: A page already as new as a logged change is left as it is, and each page ends with its last change
    Redo applies a change only to a page older than it (FLGINeedRedo, logredo.cxx l.253: dbtime > the
    page's dbtime); a page whose dbtime is not the record's dbtime-before is a mismatch (l.282: -566
    JET_errDbTimeTooOld, -567 JET_errDbTimeTooNew). A page rewritten many times, some versions already
    written by the checkpoint, comes back with its last committed version, and no mismatch.

    @source:ese-logredo-l253
    Scenario Outline: Pages rewritten many times come back from soft recovery with their last committed version (<between>)
      Given an Exchange 2000 Server store whose current log is generation 0x2
      And every page committed so far is rewritten by a committed transaction, 2 times
      And <between>
      And every page committed so far is rewritten by a committed transaction, 2 times
      And the store stops abnormally
      When the store is brought online
      Then the store is mounted
      And every committed transaction is in the database
      And the database's dbtime is at least the dbtime of every page

      Examples:
        | between                                                        |
        | the checkpoint advances                                        |
        | the current log fills and the store starts the next generation |
        | another transaction commits                                    |

  Rule: Recovery leaves the database's dbtime past every change it redid
    At the end of recovery the database's dbtime is raised to the highest dbtime redo met (logredo.cxx
    l.2417-2419: SetDbtimeLast), so the store's next changes are newer than every page: after the next crash,
    redo applies them.

    @source:ese-logredo-l2417
    Scenario: Work committed after soft recovery on pages recovery redid survives the next crash
      Given an Exchange 2000 Server store whose current log is generation 0x2
      And every page committed so far is rewritten by a committed transaction, 2 times
      And the store stops abnormally
      And the store has been brought online
      And every page committed so far is rewritten by a committed transaction, 1 time
      And the store stops abnormally
      When the store is brought online
      Then the store is mounted
      And every committed transaction is in the database
      And the database's dbtime is at least the dbtime of every page

  Rule: Two transactions may not change the same page at once
    A change to what another session has changed and not yet committed is a write conflict (ver.cxx
    l.4614: FVERIWriteConflict, -1102 JET_errWriteConflict); once that transaction has ended, the page can
    be changed again.

    @source:ese-ver-l4614
    Scenario: A second transaction asking to write a page a transaction that has not committed wrote is refused with -1102
      Given an Exchange 2000 Server store whose current log is generation 0x1
      And a transaction that has not committed writes 1 new page
      When another transaction asks to write the page the uncommitted transaction wrote
      Then the request is refused with -1102 JET_errWriteConflict

    @source:ese-ver-l4614
    Scenario: Once the transaction rolled back, another transaction may write its page
      Given an Exchange 2000 Server store whose current log is generation 0x1
      And a transaction that has not committed writes 1 new page
      And the uncommitted transaction rolls back
      When another transaction asks to write the page the uncommitted transaction wrote
      Then the request is done

    @source:ese-ver-l4614
    Scenario: While a transaction has not committed, another transaction may write other pages
      Given an Exchange 2000 Server store whose current log is generation 0x1
      And a transaction that has not committed writes 2 new pages
      When another transaction writes another page
      Then the request is done

  Rule: Once the log disk is full, a transaction that has not committed may change nothing more
    "The JET database engine refuses to take any more transactions" (KB Q163913): with the next log written
    in a reserve log, every update is refused with -529 JET_errLogDiskFull (logstream.cxx l.1380), also the
    next change of a transaction begun before the disk filled.

    @kbQ163913 @link.kb=163913 @source:ese-logstream-l1380
    Scenario: A transaction begun before the log disk filled is refused its next change with -529
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And a transaction that has not committed writes 1 new page
      And the log disk fills up
      And the current log fills and the store starts the next generation
      When the transaction that has not committed asks to write another page
      Then the request is refused with -529 JET_errLogDiskFull

  Rule: A store that has stopped does no more work: -1029 JET_errNotInitialized
    An API call on an instance that is not initialised, or no longer, fails with -1029 JET_errNotInitialized
    (jetapi.cxx l.4415), whether the instance stopped cleanly or the process stopped abnormally and was
    started again without it.

    @source:ese-jetapi-l4415
    Scenario Outline: A store that <stopped> refuses to <request> with -1029
      Given an Exchange 2000 Server store whose current log is generation 0x1
      And a transaction that has not committed writes 1 new page
      And the store <stopped>
      When the stopped store is asked to <request>
      Then the request is refused with -1029 JET_errNotInitialized

      Examples:
        | stopped            | request                                                 |
        | is stopped cleanly | begin a transaction                                     |
        | stops abnormally   | begin a transaction                                     |
        | is stopped cleanly | write a page in the transaction begun before it stopped |
        | stops abnormally   | commit the transaction begun before it stopped          |
        | stops abnormally   | roll back the transaction begun before it stopped       |
        | is stopped cleanly | start the next log                                      |
        | stops abnormally   | advance the checkpoint                                  |
        | is stopped cleanly | flush its log buffer                                    |
        | stops abnormally   | record a full backup                                    |
        | is stopped cleanly | stop cleanly                                            |
        | stops abnormally   | stop abnormally                                         |
