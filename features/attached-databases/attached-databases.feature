@topic:attached-databases
Feature: The database the logs attached must be there at the end of recovery
  Beyond KB 812592: what soft recovery does when the database the logs attached is missing, or is another
  server's, and eseutil /r's /i switch that tells the engine to ignore it. Source: ESE's
  ErrLGRICheckForAttachedDatabaseMismatch (dev/ese/src/ese/_log/logredo.cxx l.2159-2180), the deferred
  attachment of a database whose signature does not match (l.5476-5520), the /i switch
  (dev/ese/src/eseutil/eseutil.cxx l.272, l.1659: JET_bitReplayIgnoreMissingDB), events 494 and 495
  (dev/ese/src/_res/jetmsg.mc l.1171-1181).

  Rule: A database the logs still have attached at their end must be there
    "Database recovery failed with error -1216 because it encountered references to a database, '...',
    which is no longer present. [...] The database engine will not permit recovery to complete for this
    instance until the missing database is re-instated." (event 494, jetmsg.mc)

    @source:ese-logredo-l2159
    Scenario Outline: With the database file gone, soft recovery fails with -1216 JET_errAttachedDatabaseMismatch (<engine>)
      Given an <engine> store whose current log is generation 0x3
      And the store stops abnormally
      And the database file is removed
      When the store is brought online
      Then soft recovery fails with -1216 JET_errAttachedDatabaseMismatch
      And the store is not mounted

      Examples:
        | engine               |
        | Exchange Server 5.5  |
        | Exchange 2000 Server |

    @source:ese-logredo-l2159
    Scenario: With only generation 1, the log's attach record names the missing database
      The first log's header was written before the database was attached; only the attach record in the
      log names it.
      Given an Exchange 2000 Server store whose current log is generation 0x1
      And the store stops abnormally
      And the database file is removed
      When the store is brought online
      Then soft recovery fails with -1216 JET_errAttachedDatabaseMismatch
      And the store is not mounted

    @source:ese-logredo-l2159
    Scenario: With the checkpoint past the log that attached it, the log headers name the missing database
      Redo starts at the checkpoint, after the attach record; each log's header lists the databases
      attached when it was created.
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the checkpoint advances
      And the store goes on until generation 0x6 is the current log
      And the store stops abnormally
      And the database file is removed
      When the store is brought online
      Then soft recovery fails with -1216 JET_errAttachedDatabaseMismatch
      And the store is not mounted

    @source:ese-jetmsg-494
    Scenario: Exchange 2000 reports the missing database as event 494
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And the store stops abnormally
      And the database file is removed
      When eseutil /r is run on the folder
      Then the engine reports event 494 with error -1216 JET_errAttachedDatabaseMismatch

    @source:ese-eseutil-l1659
    Scenario: eseutil /r /i ignores the missing database and completes recovery
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And the store stops abnormally
      And the database file is removed
      When eseutil /r /i is run on the folder
      Then soft recovery completes
      And there is no database file

  Rule: A database from another server is not the one the logs attached
    The logs name the database they attached by its database signature. A database with another
    signature is not replayed into: ESE defers its attachment (reason eDARDbSignatureMismatch or
    eDARLogSignatureMismatch, logredo.cxx l.5476-5520) and fails at the end of recovery with -1216.

    @source:ese-logredo-l5476
    Scenario Outline: Another server's database in place of the crashed one fails with -1216 JET_errAttachedDatabaseMismatch (<engine>)
      Given an <engine> store whose current log is generation 0x3
      And the store stops abnormally
      And another server's store has run until generation 0x2 is its current log, then stopped cleanly
      And the database is replaced by the other server's database
      When the store is brought online
      Then soft recovery fails with -1216 JET_errAttachedDatabaseMismatch
      And the store is not mounted

      Examples:
        | engine               |
        | Exchange Server 5.5  |
        | Exchange 2000 Server |

    @source:ese-logredo-l5476
    Scenario: Another server's database left dirty by a crash is not checked against these logs, and fails with -1216
      The other server's database requires logs of its own log stream, higher than this folder's; they are
      not these logs' business: its attachment is deferred as another log stream's (eDARLogSignatureMismatch).
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And the store stops abnormally
      And another server's store has run until generation 0x6 is its current log, then stopped abnormally
      And the database is replaced by the other server's database
      When the store is brought online
      Then soft recovery fails with -1216 JET_errAttachedDatabaseMismatch
      And the engine reports event 494 with error -1216 JET_errAttachedDatabaseMismatch
      And the store is not mounted

    @source:ese-eseutil-l1659
    Scenario: eseutil /r /i completes recovery and leaves the other server's database as it was
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And the store stops abnormally
      And another server's store has run until generation 0x2 is its current log, then stopped cleanly
      And the database is replaced by the other server's database
      When eseutil /r /i is run on the folder
      Then soft recovery completes
      And the database header shows State "Clean Shutdown" and Log Required "0-0"
