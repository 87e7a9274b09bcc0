@topic:log-stream-checks
Feature: Damage inside a log's blocks, past its end, and a file that is not a log
  Beyond KB 812592, which has soft recovery fail on the damaged E0000015.log: where in a log the damage
  is. ESE checks each LRCHECKSUM range before it trusts it (its length must stay inside the log file,
  logread_legacy.cxx l.419-460, FValidLRCKRange), checksums every sector a range covers to its end,
  "forward region and any garbage in there" (l.5012-5013), and after the last record of the current log
  scans the rest of the file: anything there that is not the fill pattern is corruption, not a torn
  write (l.3040-3110), reported as event 465 and JET_errLogFileCorrupt (l.3165-3206). A file whose
  header is sound but is not a log is JET_errFileInvalidType (log.cxx l.993-999). Each scenario runs
  the engine model on real files; the outcome comes from the model reading them, and eseutil /ml names
  where the damage is ("Damage at (generation,sector,0)", docs/cli.md).

  Rule: Data past the end of the current log's records is corruption, not a torn write
    A torn write leaves only the fill pattern after the last good block; a sector past the end that holds
    anything else means the log was damaged, and soft recovery stops with -501 and event 465, naming the
    first sector that does not match.

    @source:ese-logread-legacy-l3099
    Scenario: A byte changed two sectors past the last block of E00.log: soft recovery fails with -501 and event 465
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally
      And a byte of E00.log in the second sector after its last block is changed
      When the store is brought online
      Then soft recovery fails on E00.log with -501 JET_errLogFileCorrupt
      And the engine reports event 465 with error -501 JET_errLogFileCorrupt for E00.log
      And eseutil /ml of E00.log reports it damaged at "(0x4,12,0)": "data after the end of the log records"

  Rule: Every byte of a sector the engine wrote is checked, not only the records in it
    ESE's checksum of a range runs to the end of its last sector, so a byte changed after a block's last
    record fails it as surely as a byte of a record.

    @source:ese-logread-legacy-l5012
    Scenario: A byte changed after the last record of E0000002.log's last block: soft recovery fails on E0000002.log with -501
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally
      And the checkpoint file is removed
      And a byte of E0000002.log after the records of its last block, in the block's last sector, is changed
      When the store is brought online
      Then soft recovery fails on E0000002.log with -501 JET_errLogFileCorrupt
      And the engine reports event 465 with error -501 JET_errLogFileCorrupt for E0000002.log
      And eseutil /ml of E0000002.log reports it damaged at "(0x2,10,0)": "bytes after the block's records are not zero"

  Rule: A block whose length runs past the end of the log is not trusted
    @source:ese-logread-legacy-l419
    Scenario: The length of E0000002.log's first block damaged: soft recovery fails on E0000002.log with -501
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally
      And the checkpoint file is removed
      And the length of the first block of E0000002.log is damaged
      When the store is brought online
      Then soft recovery fails on E0000002.log with -501 JET_errLogFileCorrupt
      And the work committed in generations 0x1 to 0x1 is in the database
      And eseutil /ml of E0000002.log reports it damaged at "(0x2,8,0)": "block length 65356 runs past the end of the log"

  Rule: A file that is not a log, under a log's name, is -1812 JET_errFileInvalidType
    Its header's checksum verifies, so it is not a damaged log: its file type says it is something else.

    @source:ese-log-l993
    Scenario: A copy of the checkpoint file put in place of E0000003.log: soft recovery fails on E0000003.log with -1812
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally
      And E0000003.log is replaced by a copy of the checkpoint file
      And the checkpoint file is removed
      When the store is brought online
      Then soft recovery fails on E0000003.log with -1812 JET_errFileInvalidType
