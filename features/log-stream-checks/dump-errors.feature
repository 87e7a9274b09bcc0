@topic:log-stream-checks
Feature: eseutil's dump modes on a file they cannot read: no dump, and the JET error
  Beyond KB 812592: before an operator touches a log folder, the article has them look at the files with
  eseutil /mh (the database header), /ml (a log) and /mk (the checkpoint). When the file named is not
  there, or none of the copies of its header can be read, eseutil prints no dump and ends with the JET
  error: that error, not a dump, is what tells the operator the file is gone or unreadable. Each scenario
  runs the model on real files; the error comes from the model reading them.

  Rule: A file that is not there is -1811 JET_errFileNotFound
    Windows reports a missing file as ERROR_FILE_NOT_FOUND, which ESE turns into JET_errFileNotFound
    (error.cxx l.2265-2267, ErrOSErrFromWin32Err); eseutil /ml on a log that is not there prints
    "ERROR: File not found." and returns it (logdump.cxx l.947-951, LOG::ErrLGDumpLog).

    @source:ese-error-l2267
    Scenario: eseutil /mh on a database that was removed fails with -1811 JET_errFileNotFound
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And the store stops abnormally
      And the database file is removed
      When the database header is dumped
      Then the dump fails with -1811 JET_errFileNotFound on priv1.edb

    @source:ese-logdump-l949
    Scenario Outline: eseutil /ml on a log that was removed fails with -1811 JET_errFileNotFound (<engine>)
      Given an <engine> store whose current log is generation 0x4
      And the store stops abnormally
      And <log> is removed
      When <log> is dumped
      Then the dump fails with -1811 JET_errFileNotFound on <log>

      Examples:
        | engine               | log          |
        | Exchange Server 5.5  | EDB00002.log |
        | Exchange 2000 Server | E0000002.log |

  Rule: A header none of whose copies can be read ends the dump with the header's error
    eseutil /mh reads the database header and its shadow copy; when both fail their checksum the database
    is unusable and the dump ends with JET_errDatabaseCorrupted (dbdump.cxx l.657-659, ErrDUMPHeader). A log
    has one header: when it fails its checksum eseutil prints "ERROR: Cannot read log file header. Error
    -501." and stops (logdump.cxx l.1078-1084). A checkpoint whose two copies both fail is
    JET_errCheckpointCorrupt (log.cxx l.2585-2588, LOG::ErrLGReadCheckpoint).

    @source:ese-dbdump-l657
    Scenario: eseutil /mh on a database whose header and shadow header are both damaged fails with -1206 JET_errDatabaseCorrupted
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And the store stops abnormally
      And both copies of the database header are damaged
      When the database header is dumped
      Then the dump fails with -1206 JET_errDatabaseCorrupted on priv1.edb

    @source:ese-logdump-l1078
    Scenario: eseutil /ml on a log whose header is damaged prints no dump and fails with -501 JET_errLogFileCorrupt
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally
      And the header of E0000002.log is damaged
      When E0000002.log is dumped
      Then the dump fails with -501 JET_errLogFileCorrupt on E0000002.log

    @source:ese-log-l2588
    Scenario: eseutil /mk on a checkpoint whose two copies are damaged fails with -533 JET_errCheckpointCorrupt
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally
      And both copies of the checkpoint are damaged
      When the checkpoint file is dumped
      Then the dump fails with -533 JET_errCheckpointCorrupt on E00.chk
