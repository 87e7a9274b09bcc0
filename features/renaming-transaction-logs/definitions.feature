@article:renaming-transaction-logs @kb812592 @link.kb=812592
Feature: Definitions: soft recovery and hard recovery
  Microsoft KB 812592, "How and when to manipulate Exchange transaction logs in disaster recovery",
  section "Definitions". Each rule quotes the article; each scenario runs the engine model on real
  log, checkpoint and database files in its own folder.

  Rule: Soft recovery returns a store that stopped abnormally to consistency when it is brought online
    "Soft recovery is a process that occurs if an Exchange information store that stopped abnormally
    is brought online."

    @section:definitions @severity=critical
    @claim:KB812592-DEF-1 @claim:KB812592-DEF-3
    Scenario Outline: A store that stopped abnormally is soft-recovered when brought online (<engine>)
      Given an <engine> store whose current log is generation 0x4
      And the store stops abnormally
      When the store is brought online
      Then soft recovery replays generations 0x1 to 0x4, in order
      And every committed transaction is in the database
      And after recovery the database header shows State "Clean Shutdown" and Log Required "0-0"
      And the store is mounted

      Examples:
        | engine                   |
        | Exchange Server 5.5      |
        | Exchange 2000 Server     |
        | Exchange 2000 Server SP2 |

    @section:definitions
    @claim:KB812592-DEF-3
    Scenario Outline: Soft recovery rolls back work that never committed, even when its page reached the database (<engine>)
      Given an <engine> store whose current log is generation 0x3
      And a transaction that has not committed, whose page the checkpoint has already written to the database
      And the store stops abnormally
      When the store is brought online
      Then the uncommitted transaction is not in the database
      And every committed transaction is in the database

      Examples:
        | engine                   |
        | Exchange Server 5.5      |
        | Exchange 2000 Server SP2 |

  Rule: The checkpoint file tracks which log must be replayed first
    "When the store stops abnormally, the checkpoint file tracks which transaction log must first be
    replayed to return the database to consistency."

    @section:definitions
    @claim:KB812592-DEF-2
    Scenario Outline: Dumping the checkpoint shows the generation soft recovery will start from (<engine>)
      Given an <engine> store whose current log is generation 0x4
      And the checkpoint advances
      And the store goes on until generation 0x6 is the current log
      And the store stops abnormally
      When the checkpoint file is dumped
      Then the dump shows the checkpoint in generation 0x4

      Examples:
        | engine                   |
        | Exchange Server 5.5      |
        | Exchange 2000 Server     |

    @section:definitions
    @claim:KB812592-DEF-2 @claim:KB812592-DEF-3
    Scenario Outline: Soft recovery starts replaying at the checkpoint's generation (<engine>)
      Given an <engine> store whose current log is generation 0x4
      And the checkpoint advances
      And the store goes on until generation 0x6 is the current log
      And the store stops abnormally
      When the store is brought online
      Then soft recovery replays generations 0x4 to 0x6, in order
      And every committed transaction is in the database

      Examples:
        | engine                   |
        | Exchange Server 5.5      |
        | Exchange 2000 Server     |
        | Exchange 2000 Server SP2 |

    @section:definitions @source:ese-logredo
    @claim:KB812592-DEF-2
    Scenario: Without a checkpoint file, soft recovery starts at the lowest log present
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the checkpoint advances
      And the store goes on until generation 0x6 is the current log
      And the store stops abnormally
      And the checkpoint file is removed
      When the store is brought online
      Then soft recovery replays generations 0x1 to 0x6, in order
      And every committed transaction is in the database

  Rule: Soft recovery requires the highest log, EDB.log or E00.log
    "Note that soft recovery requires that EDB/E00.log, the highest log, is present."

    @section:definitions @severity=critical
    @claim:KB812592-DEF-4
    Scenario Outline: Without <current log>, soft recovery fails with -528 JET_errMissingLogFile (<engine>)
      Given an <engine> store whose current log is generation 0x4
      And the store stops abnormally
      And <current log> is removed
      When the store is brought online
      Then soft recovery fails with -528 JET_errMissingLogFile
      And the store is not mounted
      And the database header shows State "Dirty Shutdown" and Log Required "1-4"

      Examples:
        | engine                   | current log |
        | Exchange Server 5.5      | EDB.log     |
        | Exchange 2000 Server     | E00.log     |
        | Exchange 2000 Server SP2 | E00.log     |

    @section:definitions @source:kb-ese98-event-455
    @claim:KB812592-DEF-4
    Scenario: Exchange 2000 reports the missing E00.log as event 455 with error -1811
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally
      And E00.log is removed
      When the store is brought online
      Then the engine reports event 455 with error -1811 JET_errFileNotFound
      And the engine reports event 454 with error -528 JET_errMissingLogFile

  Rule: Hard recovery applies logs, and before Exchange 2000 SP2 patch files, to a database restored from an online backup, without the highest log
    "Hard recovery is a process that occurs when you apply transaction logs and database patch files
    before Exchange 2000 Service Pack 2 (SP2), to a database that has been restored from an online
    backup. Note that hard recovery does not require that EDB/E00.log, the highest log, is present."
