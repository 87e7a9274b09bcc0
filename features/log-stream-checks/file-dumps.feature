@topic:log-stream-checks
Feature: What eseutil's file dumps show: the database header (/mh), a log (/ml) and the checkpoint (/mk)
  Beyond KB 812592, which has the reader dump the checkpoint and the database header: eseutil's FILE DUMP
  mode prints a file's header one "name: value" line a field, and for a log the check of its records. The
  views are ESE's printers: ErrDUMPHeaderStandard (dbdump.cxx l.133-260) for /mh, the checkpoint's dump
  (logdump.cxx l.78-140) for /mk, a log's header and its integrity check (logdump.cxx l.1020, l.1098,
  l.1348) for /ml, and the verification of the sequence (logdump.cxx l.594-760) for /ml on a base name.
  Each scenario dumps files the engine model wrote; every value shown is what the model read in them.

  Rule: eseutil /mh shows every field of the database header, in its order
    "DB Signature", "dbtime", "State", "Log Required" (decimal, then hex), "Log Signature", "Last
    Consistent" and "Last Attach" (a log position, then a time), "Previous Full Backup" and "Current Full
    Backup" (dbdump.cxx l.133-260). The model adds the creation time of the highest log required
    (ESE's le_lGenMaxCreateTime, which recovery compares with that log's, event 496).

    @source:ese-dbdump-l133
    Scenario: eseutil /mh after a crash that followed an online backup: Dirty Shutdown, the logs required, the previous full backup
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And an online backup of the store is taken
      And the store goes on until generation 0x6 is the current log
      And the store stops abnormally
      When the database header is dumped
      Then the dump reads:
        """
        Database: priv1.edb
                      DB Signature: Create time:01/05/2026 10:00:00.000 Rand:3324302661 Computer:EXCHSRV01
                            dbtime: 15
                             State: Dirty Shutdown
                      Log Required: 5-6 (0x5-0x6)
         Log Required High Created: 01/05/2026 10:00:09.000
                     Log Signature: Create time:01/05/2026 10:00:00.000 Rand:360135606 Computer:EXCHSRV01
                   Last Consistent: (0x0,0,0)  none
                       Last Attach: (0x1,8,20)  01/05/2026 10:00:01.000
              Previous Full Backup: Log Gen: 1-4 (0x1-0x4) Mark: (0x4,11,0) Mark Time: 01/05/2026 10:00:06.000
               Current Full Backup: none
        """

  Rule: eseutil /ml on a log shows its header, then checks its records
    "lGeneration: 46 (0x2E)", the checkpoint at the log's creation, its creation time and the previous
    generation's, the format, the log signature, the databases attached, then "Last Lgpos" and
    "Integrity check passed for log file: <name>" (logdump.cxx l.1020, l.1098); a damaged log ends with
    "ERROR: Log damaged (unusable). ... Error -501." instead (l.1348).

    @source:ese-logdump-l1098
    Scenario: eseutil /ml on a sound log: its header, the database attached, and the integrity check passed
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally
      When E0000002.log is dumped
      Then the dump reads:
        """
        Signature Log file: E0000002.log
                       lGeneration: 2 (0x2)
                        Checkpoint: (0x1,8,20)
                     creation time: 01/05/2026 10:00:03.000
                     prev gen time: 01/05/2026 10:00:00.000
                  Format LGVersion: 1.0
                         Signature: Create time:01/05/2026 10:00:00.000 Rand:360135606 Computer:EXCHSRV01
                       Log sectors: 128 of 512 bytes
                          Attached: priv1.edb (consistent at (0x0,0,0))
                           Records: 9
                        Last Lgpos: (0x2,11,0)
        Integrity check passed for log file: E0000002.log
        """

  Rule: eseutil /mk shows the checkpoint: the last full backup's checkpoint, the checkpoint and the log signature
    "LastFullBackupCheckpoint: (0x..,..,..)", "Checkpoint: (0xGEN,SEC,IB)" and the log signature
    (logdump.cxx l.78-140); ESE sets the first of them at no online backup (its only other use clears
    it, io.cxx l.5993-5995). The model adds the checkpoint's generation, when it was written and the
    database it names.

    @source:ese-logdump-l82
    Scenario: eseutil /mk after an online backup and a crash: the checkpoint the backup moved on
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And an online backup of the store is taken
      And the store goes on until generation 0x6 is the current log
      And the store stops abnormally
      When the checkpoint file is dumped
      Then the dump reads:
        """
        Checkpoint file: E00.chk
          LastFullBackupCheckpoint: (0x0,0,0)
                        Checkpoint: (0x5,8,0)  generation 5 (0x5)
                         Signature: Create time:01/05/2026 10:00:00.000 Rand:360135606 Computer:EXCHSRV01
                           Written: 01/05/2026 10:00:08.000
                          Database: priv1.edb
        """

  Rule: eseutil /ml on a base name dumps every log, then verifies the sequence
    Each log as /ml dumps it, a log whose header cannot be read with the header's error (logdump.cxx
    l.1078-1084); then "Verifying log files...", the base name, the generation range, a line a log, the
    missing logs and the verdict (logdump.cxx l.594-760).

    @source:ese-logdump-l1078
    Scenario: eseutil /ml on the base name with a log whose header is damaged: the other logs are dumped, that one cannot be read
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And the store stops abnormally
      And the header of E0000002.log is damaged
      When eseutil /ml is run on the log base name
      Then the dump reads:
        """
        Signature Log file: E0000001.log
                       lGeneration: 1 (0x1)
                        Checkpoint: (0x1,8,0)
                     creation time: 01/05/2026 10:00:00.000
                     prev gen time: none
                  Format LGVersion: 1.0
                         Signature: Create time:01/05/2026 10:00:00.000 Rand:360135606 Computer:EXCHSRV01
                       Log sectors: 128 of 512 bytes
                           Records: 10
                        Last Lgpos: (0x1,12,0)
        Integrity check passed for log file: E0000001.log

        Log file: E0000002.log cannot be read
                  -501 JET_errLogFileCorrupt: log header checksum mismatch

        Signature Log file: E00.log
                       lGeneration: 3 (0x3)
                        Checkpoint: (0x1,8,20)
                     creation time: 01/05/2026 10:00:04.000
                     prev gen time: 01/05/2026 10:00:03.000
                  Format LGVersion: 1.0
                         Signature: Create time:01/05/2026 10:00:00.000 Rand:360135606 Computer:EXCHSRV01
                       Log sectors: 128 of 512 bytes
                          Attached: priv1.edb (consistent at (0x0,0,0))
                           Records: 9
                        Last Lgpos: (0x3,11,0)
        Integrity check passed for log file: E00.log

        Verifying log files...
                            Folder: <folder>
                         Base name: E00
              Log generation range: 0x1-0x3

              Log file: E0000001.log - OK
              Log file: E0000002.log - ERROR
                  -501 JET_errLogFileCorrupt: log header checksum mismatch
              Log file: E00.log - OK

        ERROR: 1 problem(s) found in the log sequence; the first: E0000002.log: log header checksum mismatch (-501 JET_errLogFileCorrupt)
        """

    @source:ese-logdump-l716
    Scenario: eseutil /ml on the base name with generations missing lists them once, and calls no log the missing current log
      Given an Exchange 2000 Server store whose current log is generation 0x5
      And the store stops abnormally
      And the logs from E0000002.log to E0000003.log are removed
      When eseutil /ml is run on the log base name
      Then its verification of the log sequence reads:
        """
        Verifying log files...
                            Folder: <folder>
                         Base name: E00
              Log generation range: 0x1-0x5

              Log file: E0000001.log - OK
              Log file: E0000004.log - OK
              Log file: E00.log - OK

        Missing log file(s): E0000002.log, E0000003.log

        ERROR: 2 problem(s) found in the log sequence; the first: E0000002.log: generation 2 (0x2) is missing from the sequence 1 (0x1) to 5 (0x5) (-528 JET_errMissingLogFile)
        """

  Rule: eserecover list shows the folder as dir does: each file with its size, then the count and the total
    What an operator sees before touching anything (docs/cli.md, `list`): the folder, a line a file with
    its size in bytes, then the number of files and their bytes.

    @kbQ163913 @link.kb=163913
    Scenario: The log folder of a new store: the logs, the reserve logs, the checkpoint and the database, with their sizes
      Given an Exchange 2000 Server store whose current log is generation 0x2
      When the log folder is listed
      Then the dump reads:
        """
        Directory of <folder>
                 8,192  E00.chk
                65,536  E00.log
                65,536  E0000001.log
                 8,192  priv1.edb
                65,536  res1.log
                65,536  res2.log
                        6 file(s), 278,528 bytes
        """
