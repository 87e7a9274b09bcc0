@topic:power-failure
Feature: What the engine has flushed survives a power failure
  Beyond KB 812592: the articles' crashes stop the store; a power failure also takes away whatever the
  operating system had not yet written to the disk. ESE writes its log before the pages it describes
  (write-ahead logging), makes a commit durable by flushing the log before the commit returns, and flushes
  what recovery redid before it declares a database consistent. These scenarios run the engine on a disk
  that keeps, when the power fails, only what was flushed (FlushFileBuffers) and the file names committed
  with it (docs/decisions/0005-durability-model.md); the outcome comes from recovery reading what is left.

  Background:
    Given a server whose disk keeps only what was flushed when the power fails

  Rule: A transaction is durable once it has committed
    A commit waits until the log is written up to its commit record: ErrDIRCommitTransaction calls
    ErrLGWaitForWrite unless the commit asked for JET_bitCommitLazyFlush (dir.cxx l.2013-2016), which the
    store's commits do not; a committed transaction survives any failure.

    @source:ese-dir-l2013
    Scenario Outline: Work committed before a power failure is in the database after soft recovery (<engine>)
      Given an <engine> store whose current log is generation 0x3
      When the power fails
      And the store is brought online
      Then soft recovery replays generations 0x1 to 0x3, in order
      And every committed transaction is in the database
      And the store is mounted

      Examples:
        | engine               |
        | Exchange Server 5.5  |
        | Exchange 2000 Server |

  Rule: A new log is on the disk before the engine writes to it under the current log's name
    A new log is created as the temporary log, written with its header and renamed to the current log's
    name (LOG_STREAM::ErrLGIFinishNewLogFile, logstream.cxx l.2703-2738); the first log of a new log
    stream is flushed as soon as it is made (ErrLGCreateNewLogStream, logstream.cxx l.3993). The model
    flushes every new log before it takes the name; ESE today may defer that flush for a rolled log (the
    waypoint latency of l.2735-2738), and then the log's records are flushed with their commits.

    @source:ese-logstream-l2703
    Scenario: A log started just before a power failure is there for soft recovery
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And the current log fills and the store starts the next generation
      When the power fails
      And the store is brought online
      Then soft recovery replays generations 0x1 to 0x4, in order
      And every committed transaction is in the database
      And the store is mounted

    @source:ese-logstream-l2703 @kbQ163913 @link.kb=163913
    Scenario: A log written in a reserve log just before a power failure is there for soft recovery
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And the log disk fills up
      And the current log fills and the store starts the next generation
      When the power fails
      And the store is brought online
      Then soft recovery replays generations 0x1 to 0x4, in order
      And every committed transaction is in the database

    @source:ese-logstream-l3993
    Scenario: The first log of a new log stream survives a power failure
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store is stopped cleanly
      And all the log files are removed
      And the checkpoint file is removed
      And the store has been brought online
      When the power fails
      And the store is brought online
      Then the store is mounted
      And E00.log is generation 0x1 of a new log stream
      And every committed transaction is in the database

  Rule: The checkpoint moves past a log only when the pages it changed are flushed to the database
    The checkpoint is the oldest log position whose page changes may not be on the database file yet
    (LOG::ErrLGIUpdateCheckpointFile, log.cxx l.3199); the checkpoint file is written and then flushed
    (ErrUtilWriteCheckpointHeaders, fileu.cxx l.1118-1139), so recovery after a power failure can start
    there and find the older changes on the database.

    @source:ese-fileu-l1139
    Scenario: After a power failure, soft recovery starts at the checkpoint and finds every committed transaction
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And the checkpoint advances
      And the store goes on until generation 0x5 is the current log
      When the power fails
      And the store is brought online
      Then soft recovery replays generations 0x3 to 0x5, in order
      And every committed transaction is in the database
      And the store is mounted

  Rule: Recovery flushes what it redid before it declares the database consistent
    At the end of recovery the redone pages are flushed to the database before its header says it is
    consistent; the header is written and flushed (ErrUtilWriteShadowedHeader, fileu.cxx l.913), then the
    checkpoint. A power failure right after recovery leaves a consistent database that holds every
    committed transaction (docs/decisions/0005-durability-model.md: the crash explorer found the order).

    @source:ese-fileu-l913
    Scenario: A power failure right after eseutil /r leaves a consistent database with every committed transaction
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And the store stops abnormally
      When eseutil /r is run on the folder
      And the power fails
      Then the database header shows State "Clean Shutdown" and Log Required "0-0"
      And every committed transaction is in the database

    @source:ese-fileu-l913
    Scenario: A power failure right after the store is brought online loses none of what recovery redid
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And the checkpoint advances
      And the store goes on until generation 0x5 is the current log
      And the store stops abnormally
      And the store has been brought online
      When the power fails
      And the store is brought online
      Then soft recovery replays generations 0x5 to 0x5, in order
      And every committed transaction is in the database
      And the store is mounted

    @source:ese-fileu-l913
    Scenario: A power failure right after a restore is brought online loses none of what hard recovery redid
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And an online backup of the store is taken
      And the store goes on until generation 0x5 is the current log
      And the store stops abnormally
      And the checkpoint file is removed
      And the online backup is restored
      When the restore completes and the store is brought online
      And the power fails
      And the store is brought online
      Then every committed transaction is in the database
      And the store is mounted
