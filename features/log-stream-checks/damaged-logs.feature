@topic:log-stream-checks
Feature: Where a damaged block is in the log stream decides what recovery does
  Beyond KB 812592, which has soft recovery fail on the damaged E0000015.log: a block that fails its
  checksum at the very end of the current log, with nothing but zeros after it, is the write a crash
  tore, and recovery ends the log there; the same damage anywhere else is a damaged log. ESE patches a
  torn write in the current log during soft recovery and goes on (logread_legacy.cxx l.2705-2815), and
  reports any other corruption as JET_errLogFileCorrupt (logread.cxx l.2357-2395). Each scenario runs
  the engine model on real files; the outcome comes from the model reading them.

  Rule: A torn write at the end of the current log ends the log there, and soft recovery goes on
    What the torn block held never became durable: a commit in it had not returned. Recovery replays up
    to it, warns, and the store mounts.

    @source:ese-logread-legacy-l2705
    Scenario: After a crash that tore the last write of E00.log, soft recovery ends the log there and mounts
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally
      And the last block of E00.log is torn
      When the store is brought online
      Then soft recovery replays generations 0x1 to 0x4, in order
      And the engine reports event 462, a warning
      And the work committed in generations 0x1 to 0x3 is in the database
      And the store is mounted

    @source:ese-logredo-l5502
    Scenario: A clean database whose Term record was torn from E00.log fails with -551 JET_errConsistentTimeMismatch
      The database says it was made consistent at the Term record; the logs now end just before it. ESE
      reports the database's consistent time as not matching its logs (logredo.cxx l.5495-5503).
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store is stopped cleanly
      And the last block of E00.log is torn
      When the store is brought online
      Then soft recovery fails with -551 JET_errConsistentTimeMismatch

  Rule: The same damage in a log that is not the current one, or with blocks after it, is -501
    @source:ese-logread-l2357
    Scenario: The last block of a log before the current one torn: soft recovery fails with -501 on that log
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally
      And the checkpoint file is removed
      And the last block of E0000003.log is torn
      When the store is brought online
      Then soft recovery fails on E0000003.log with -501 JET_errLogFileCorrupt
      And the engine reports event 465 with error -501 JET_errLogFileCorrupt for E0000003.log

    @source:ese-logread-l2357
    Scenario: A damaged block in E00.log with blocks after it is not a torn write: soft recovery fails with -501
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally
      And E00.log is damaged
      When the store is brought online
      Then soft recovery fails on E00.log with -501 JET_errLogFileCorrupt
      And the engine reports event 465 with error -501 JET_errLogFileCorrupt for E00.log
