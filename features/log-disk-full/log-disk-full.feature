@topic:log-disk-full
Feature: When the log disk is full, the reserve logs let the store shut down cleanly
  Beyond KB 812592: Exchange 5.5 to 2003 keep two reserve logs, res1.log and res2.log, beside the logs.
  When the disk has no room for the next log, the engine writes it in a reserve log, rejects every
  update with -529 JET_errLogDiskFull, and can still roll back and shut down cleanly. Sources: KB Q163913
  "XADM: IS or DS Stops Due to Lack of Drive Space for Log Files" (Exchange 4.0 to 5.5), KB Q259751
  "XADM: How to Recover from a Full Transaction Log File Drive", ESE's LOG_STREAM::ErrLGIUseReserveLogFile
  and ErrLGCheckState (dev/ese/src/ese/_log/logstream.cxx l.1160-1200, l.1380-1500), events 428 and 429
  (jetmsg.mc l.768-778).

  Rule: A store keeps two reserve logs, each the size of a log
    "The directory and information store services each independently maintain two reserve files -
    Res1.log and Res2.log." (Exchange Server 5.5 Resource Guide); ESE removes the legacy "res1, res2"
    names when it replaces them with its newer reserve logs (logstream.cxx l.1142-1146).

    @kbQ163913 @link.kb=163913 @source:ese-logstream-l1142
    Scenario Outline: A new store has res1.log and res2.log in its log folder (<engine>)
      Given an <engine> store whose current log is generation 0x2
      When the log folder is listed
      Then the log folder holds the reserve logs res1.log and res2.log, each the size of a log

      Examples:
        | engine               |
        | Exchange Server 5.5  |
        | Exchange 2000 Server |

  Rule: With no room for the next log, the engine writes it in a reserve log and rejects updates
    "The JET database engine refuses to take any more transactions [...] The Information Store will
    rollback all uncommitted transactions (this is done with the use of the reserved log files RES1.LOG
    and RES2.LOG)." (KB Q163913)

    @kbQ163913 @link.kb=163913 @source:ese-logstream-l1380
    Scenario Outline: The next generation goes into res2.log and the store rejects updates with -529 JET_errLogDiskFull (<engine>)
      Given an <engine> store whose current log is generation 0x3
      And the log disk fills up
      When the current log fills and the store starts the next generation
      Then <current log> is generation 0x4, written in the reserve log res2.log
      And the store reports event <event>, an error, with -529 JET_errLogDiskFull
      And the store is rejecting updates with -529 JET_errLogDiskFull

      Examples:
        | engine               | current log | event |
        | Exchange Server 5.5  | EDB.log     | 49    |
        | Exchange 2000 Server | E00.log     | 428   |

    @kbQ163913 @link.kb=163913
    Scenario Outline: On the full disk the store still shuts down cleanly (<engine>)
      Given an <engine> store whose current log is generation 0x3
      And the log disk fills up
      And the current log fills and the store starts the next generation
      When the store is stopped cleanly
      Then the database header shows State "Clean Shutdown" and Log Required "0-0"
      And every committed transaction is in the database

      Examples:
        | engine               |
        | Exchange Server 5.5  |
        | Exchange 2000 Server |

  Rule: Numbered logs of a cleanly shut down database may be moved off the full disk, not deleted
    "Numbered logfiles may be moved, but not deleted, if and only if the database file(s) are in a Clean
    Shutdown state." (event 429, jetmsg.mc l.774-778); KB Q259751: "determine which log files you can
    safely move to free up disk space, and move them."

    @kbQ259751 @link.kb=259751 @source:ese-jetmsg-429
    Scenario: After the numbered logs are moved off the disk, the store brought online takes transactions again
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And the log disk fills up
      And the current log fills and the store starts the next generation
      And the store is stopped cleanly
      And the logs from E0000001.log to E0000003.log are moved off the log disk
      And the store has been brought online
      When the store is asked to start a transaction
      Then the transaction commits
      And the log folder holds the reserve logs res1.log and res2.log, each the size of a log

    @source:ese-logstream-l1160
    Scenario: Brought online on the still full disk, the store refuses transactions with -529 JET_errLogDiskFull
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And the log disk fills up
      And the current log fills and the store starts the next generation
      And the store is stopped cleanly
      And the store has been brought online
      When the store is asked to start a transaction
      Then the transaction is refused with -529 JET_errLogDiskFull

  Rule: The reserve logs are used from the last one down; with both used, no log can start
    On a full disk the engine renames the highest reserve log still there to the temporary log and formats
    it as the next generation; when none is left it reports event 429 ("The database engine log disk is
    full [...] Do not move E00.log") and the new generation fails with -529 JET_errLogDiskFull
    (ErrLGIUseReserveLogFile, logstream.cxx l.1380-1490; jetmsg.mc MessageId 429).

    @source:ese-logstream-l1380
    Scenario: The next full log goes into res1.log; after it, no log can start: event 429 and -529 JET_errLogDiskFull
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And the log disk fills up
      And the current log fills and the store starts the next generation
      And the current log fills and the store starts the next generation
      When the store tries to start the next generation
      Then the next generation is refused with -529 JET_errLogDiskFull
      And the store reports event 429, an error, with -529 JET_errLogDiskFull
      And E00.log is generation 0x5, written in the reserve log res1.log, the last one
