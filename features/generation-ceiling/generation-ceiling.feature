@topic:generation-ceiling
Feature: The log generation ceiling and the way back to generation 1
  Beyond KB 812592: a log stream of Exchange 5.5 to 2003 has five hex digits of generations. ESE stops
  normal work when the log it closes reaches 0xFFFEF (lGenerationMax), creates one more generation so that
  the store can shut down cleanly, and from then on rejects updates with -519 JET_errLogSequenceEnd.
  Sources: dev/ese/src/inc/daeconst.hxx l.50-56 (the legacy limits), LOG_STREAM::CheckForGenerationOverflow
  (logstream.cxx l.2484-2545), the end of recovery (logredo.cxx l.14489-14507: -548), event 514
  (jetmsg.mc l.1287-1291), KB 830408 and KB 896001.

  The stores here start their log stream high (Store.create with a first generation, as if online backups
  had truncated every lower log; docs/decisions/0005-first-generation-shortcut.md), so that the ceiling
  is reached in a few log rolls.

  Rule: Near the ceiling the engine warns with event 514
    "Log sequence numbers for this instance have almost been completely consumed. [...] To begin
    renumbering from generation 1, the instance must be shutdown cleanly and all log files must be
    deleted. Backups will be invalidated." (event 514, jetmsg.mc l.1287-1291; KB 896001 brings it to
    Exchange 2000.)

    @kb896001 @link.kb=896001 @source:ese-logstream-l2514
    Scenario: Past generation 0xFF000 an Exchange 2000 store warns every ten generations
      Given an Exchange 2000 Server store whose log stream starts at generation 0xFFFE0, the lower logs truncated by backups
      When the store goes on until generation 0xFFFEF is the current log
      Then the store reports event 514, a warning
      And the store accepts updates

    @kb896001 @link.kb=896001 @source:ese-logstream-l2514
    Scenario: Generation 0xFF000 itself is not past the threshold: the first ten-generation warning is at 0xFF00A
      The warning frequency changes only past the panic threshold ("lGenCur > lGenerationMaxPanicThreshold",
      logstream.cxx l.2518); the event names the generation closed and how many are left before the last.
      Given an Exchange 2000 Server store whose log stream starts at generation 0xFF000, the lower logs truncated by backups
      When the store goes on until generation 0xFF00B is the current log
      Then the store reports event 514 once, for generation 0xFF00A, with 4069 generations left

    @kb896001 @link.kb=896001
    Scenario: An Exchange 5.5 store gives no warning before the ceiling
      Given an Exchange Server 5.5 store whose log stream starts at generation 0xFFFE0, the lower logs truncated by backups
      When the store goes on until generation 0xFFFEF is the current log
      Then the store reports no event 514
      And the store accepts updates

  Rule: Closing generation 0xFFFEF opens the last one; updates then fail with -519, a clean shutdown still works
    "enter 'log sequence end' mode where we prevent all operations except things like rollback/term
    NOTE: we allow the new generation to be created so we can use it to make a clean shutdown"
    (logstream.cxx l.2496-2500). "The actual largest number ESE in 2000/2003 will allow is FFFF0"
    (Exchange team blog, "-519 Jet_errLogSequenceEnd").

    @kb830408 @link.kb=830408 @source:ese-logstream-l2484
    Scenario Outline: After 0xFFFEF the store starts generation 0xFFFF0 and rejects updates with -519 JET_errLogSequenceEnd (<engine>)
      Given an <engine> store whose log stream starts at generation 0xFFFEF, the lower logs truncated by backups
      When the current log fills and the store starts the next generation
      Then <current log> is generation 0xFFFF0
      And the store is rejecting updates with -519 JET_errLogSequenceEnd

      Examples:
        | engine               | current log |
        | Exchange Server 5.5  | EDB.log     |
        | Exchange 2000 Server | E00.log     |

    @kb830408 @link.kb=830408
    Scenario Outline: In generation 0xFFFF0 the store still shuts down cleanly (<engine>)
      Given an <engine> store whose log stream starts at generation 0xFFFEF, the lower logs truncated by backups
      And the current log fills and the store starts the next generation
      When the store is stopped cleanly
      Then the database header shows State "Clean Shutdown" and Log Required "0-0"
      And every committed transaction is in the database

      Examples:
        | engine               |
        | Exchange Server 5.5  |
        | Exchange 2000 Server |

  Rule: Recovery ends with the databases consistent but refuses to go on
    "databases have been recovered, but all possible log generations in the current sequence are used;
    delete all log files and the checkpoint file and backup the databases before continuing" (-548,
    jethdr.w; logredo.cxx l.14489-14507). KB 830408: MSExchangeIS 9518 "Error 0xfffffddc starting Storage
    Group".

    @kb830408 @link.kb=830408 @source:ese-logredo-l14489
    Scenario Outline: Bringing the store online at the ceiling fails with <error> (<engine>)
      Given an <engine> store whose log stream starts at generation 0xFFFEF, the lower logs truncated by backups
      And the current log fills and the store starts the next generation
      And the store is stopped cleanly
      When the store is brought online
      Then soft recovery fails with <error>
      And the store is not mounted
      And the database header shows State "Clean Shutdown" and Log Required "0-0"

      Examples:
        | engine               | error                                            |
        | Exchange Server 5.5  | -519 JET_errLogSequenceEnd                       |
        | Exchange 2000 Server | -548 JET_errLogSequenceEndDatabasesConsistent    |

    @kb830408 @link.kb=830408 @source:ese-logredo-l14489
    Scenario Outline: After a crash in generation 0xFFFEF itself, recovery makes the database consistent and fails with <error> (<engine>)
      "if ( m_pLogStream->GetCurrentFileGen() >= lGenerationMax )" (logredo.cxx l.14498): the last
      generation a store may write in is already too far for recovery to let it go on.
      Given an <engine> store whose log stream starts at generation 0xFFFEF, the lower logs truncated by backups
      And the store stops abnormally
      When the store is brought online
      Then soft recovery fails with <error>
      And every committed transaction is in the database
      And the database header shows State "Clean Shutdown" and Log Required "0-0"

      Examples:
        | engine               | error                                            |
        | Exchange Server 5.5  | -519 JET_errLogSequenceEnd                       |
        | Exchange 2000 Server | -548 JET_errLogSequenceEndDatabasesConsistent    |

    @kb830408 @link.kb=830408
    Scenario: Exchange 2003's Information Store shows the error as 0xfffffddc
      Given an Exchange 2000 Server store whose log stream starts at generation 0xFFFEF, the lower logs truncated by backups
      And the current log fills and the store starts the next generation
      And the store is stopped cleanly
      When the store is brought online
      Then the store's error shows as 0xfffffddc in the Information Store's events

  Rule: To start again at generation 1, shut down cleanly and delete every log and the checkpoint
    KB 830408 and event 514: with the database in Clean Shutdown, remove all the logs and the checkpoint;
    the engine starts a new log stream at generation 1; take a new full backup, the old ones no longer
    apply.

    @kb830408 @link.kb=830408 @source:ese-logredo-l14903
    Scenario Outline: With every log and the checkpoint removed, the store starts again at generation 1 (<engine>)
      Given an <engine> store whose log stream starts at generation 0xFFFEF, the lower logs truncated by backups
      And the current log fills and the store starts the next generation
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
