@topic:log-stream-checks
Feature: What soft recovery checks in each log record, beyond the checksum
  Beyond KB 812592: a block's checksum says its bytes are the ones written, not that the records in it
  are well formed. ESE checks every record as it reads it: a record type it does not know, or a record
  whose size runs past the rest of its segment, is JET_errLogFileCorrupt (-501) whatever the checksum
  says (logread.cxx l.2333-2346, LOG_READ_BUFFER::ErrLGIGetRecordAtPbNext). A tool that writes or
  repairs logs and gets a record wrong, then seals the block, leaves such a log. Each scenario runs the
  engine model on real files; the error comes from the model reading them.

  Rule: A record the checksum covers but the engine cannot read stops soft recovery with -501
    The block is sealed again after the record is added (its record count, length and checksum), so the
    checksum, the block's generation and its position all verify: only the record checks find it. The
    log is not the current one, so this is not the torn end of the log a crash leaves, and recovery
    does not go on past it.

    @source:ese-logread-l2333
    Scenario Outline: A log whose last block holds <malformation> stops soft recovery with -501
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally
      And the checkpoint file is removed
      And the last block of E0000002.log is sealed again holding "<malformation>"
      When the store is brought online
      Then soft recovery fails with -501 JET_errLogFileCorrupt
      And eseutil /ml of E0000002.log reports it damaged at generation 0x2: "<reason>"

      Examples:
        | malformation                                            | reason                                                 |
        | a record of a type no engine writes                     | unknown log record type 42                             |
        | a record whose length runs past its block               | truncated: needed 65535 bytes                          |
        | a begin record one byte too long                        | log record type 1 has 1 bytes too many                 |
        | a commit record one byte too short                      | truncated: needed 4 bytes at offset 0, only 3 left     |
        | a term record with a body                               | log record type 7 has 1 bytes too many                 |
        | an end of recovery record with a body                   | log record type 8 has 1 bytes too many                 |
        | a page write shorter than its fixed fields              | truncated: needed 2 bytes at offset 24, only 1 left    |
        | a page write whose before image runs past its body      | truncated: needed 200 bytes at offset 26, only 1 left  |
        | a page write whose after image runs past its body       | truncated: needed 200 bytes at offset 30, only 0 left  |
        | a page write with a byte after its images               | log record type 2 has 1 bytes too many                 |
        | an undo record shorter than its fixed fields            | truncated: needed 2 bytes at offset 24, only 1 left    |
        | an undo record with a byte after its image              | log record type 5 has 1 bytes too many                 |
        | an attach record whose database name runs past its body | truncated: needed 29296 bytes at offset 2, only 0 left |
        | a record cut after its type                             | truncated: needed 2 bytes                              |
        | a record count one higher than the records              | truncated: needed 1 bytes                              |
        | a begin record the block's record count leaves out      | 7 bytes after the last record                          |
