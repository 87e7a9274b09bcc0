@topic:log-stream-checks
Feature: eseutil /ml on the log base name: the verification of the whole log stream
  Beyond KB 812592: before an operator touches the logs, eseutil /ml on the base name (/ml E00, /ml EDB)
  reads every log of the stream from the lowest generation to the current log and says which are intact,
  which are missing and which do not follow the log before them (logdump.cxx l.594-760, ErrDUMPLog; the
  header checks of each log against the one before it, l.1086-1199, LOG::ErrLGDumpLog). It only reads.
  Each scenario runs the model on real files; what eseutil reports comes from the model reading them.

  Rule: Every log from the lowest generation to the current log is read and checked
    "Verifying log files..." then one line per log, "Log file: E0000001.log - OK", and at the end "No
    damaged log files were found." (logdump.cxx l.594, l.663-700, l.752).

    @source:ese-logdump-l594
    Scenario Outline: An intact log stream: every log is OK (<engine>)
      Given an <engine> store whose current log is generation 0x4
      And the store stops abnormally
      When eseutil /ml is run on the log base name
      Then the dump shows "Base name: <base>"
      And the dump shows "Log generation range: 0x1-0x4"
      And the dump shows "Log file: <first log> - OK"
      And the dump shows "Log file: <third log> - OK"
      And the dump shows "Log file: <base>.log - OK"
      And the dump shows "No damaged log files were found."

      Examples:
        | engine               | base | first log    | third log    |
        | Exchange Server 5.5  | EDB  | EDB00001.log | EDB00003.log |
        | Exchange 2000 Server | E00  | E0000001.log | E0000003.log |

  Rule: A generation missing from the sequence is reported by name: -528 JET_errMissingLogFile
    When the next log found is not the generation after the last one, eseutil reports "Missing log file:"
    with the names of the generations between, and the verification ends with JET_errMissingLogFile
    (logdump.cxx l.716-742). Without the current log there is nothing to end the sequence.

    @source:ese-logdump-l716
    Scenario: With E0000002.log and E0000003.log gone, eseutil /ml names both and fails with -528
      Given an Exchange 2000 Server store whose current log is generation 0x5
      And the store stops abnormally
      And the logs from E0000002.log to E0000003.log are removed
      When eseutil /ml is run on the log base name
      Then the dump shows "Log file: E0000001.log - OK"
      And the dump shows "Log file: E0000004.log - OK"
      And the dump shows "Missing log file(s): E0000002.log, E0000003.log"
      And eseutil /ml finds 2 problems in the log sequence, the first -528 JET_errMissingLogFile on E0000002.log

    @source:ese-logdump-l716
    Scenario: Without E00.log, eseutil /ml reports the current log missing after the highest numbered log
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally
      And E00.log is removed
      When eseutil /ml is run on the log base name
      Then the dump shows "Log generation range: 0x1-0x3"
      And the dump shows "Log file: E0000003.log - OK"
      And the dump shows "Missing current log file: E00.log (the current log is missing; the numbered logs end at 3 (0x3))"
      And eseutil /ml finds 1 problem in the log sequence, the first -528 JET_errMissingLogFile on E00.log

  Rule: Each log must be the generation its name says and follow the log before it
    A log whose header carries another generation than its name is "Mismatched log generation ... with log
    file name", -513 JET_errLogGenerationMismatch (logdump.cxx l.685-695); a log whose previous-generation
    time is not the creation time of the log before it is "Invalid log sequence", -515
    JET_errInvalidLogSequence (l.1116-1127). eseutil compares a log with the one before it only when that
    one followed its own predecessor (l.1056-1059, l.1317-1323): the log after a log out of sequence is not
    reported again.

    @source:ese-logdump-l685
    Scenario: A log renamed to fill a gap in the sequence carries its own generation: -513 JET_errLogGenerationMismatch
      Given an Exchange 2000 Server store whose current log is generation 0x5
      And the store stops abnormally
      And E0000003.log is removed
      And E0000002.log is renamed to E0000003.log
      When eseutil /ml is run on the log base name
      Then the dump shows "Missing log file(s): E0000002.log"
      And the dump shows "Log file: E0000003.log - ERROR"
      And the dump shows "-513 JET_errLogGenerationMismatch: the name says generation 3 (0x3), the header says 2 (0x2)"
      And the dump shows "Log file: E0000004.log - OK"
      And eseutil /ml finds 2 problems in the log sequence, the first -528 JET_errMissingLogFile on E0000002.log

    @source:ese-logdump-l1116
    Scenario: A log put back from before a restore does not follow the log before it: -515 JET_errInvalidLogSequence
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And an online backup of the store is taken
      And the store goes on until generation 0x6 is the current log
      And the logs from E0000004.log to E00.log are moved aside
      And the online backup is restored
      And the restore has completed and the store has been brought online
      And the store goes on until generation 0x6 is the current log
      And the store stops abnormally
      And E0000005.log is replaced by the one moved aside
      When eseutil /ml is run on the log base name
      Then the dump shows "Log file: E0000004.log - OK"
      And the dump shows "Log file: E0000005.log - ERROR"
      And the dump shows a line containing "-515 JET_errInvalidLogSequence: previous generation time is"
      And the dump shows a line containing ", but E0000004.log was created at"
      And the dump shows "Log file: E00.log - OK"
      And eseutil /ml finds 1 problem in the log sequence, the first -515 JET_errInvalidLogSequence on E0000005.log

  Rule: A log whose header cannot be read is reported with the header's error, and the others are still checked
    "ERROR: Cannot read log file header. Error <err>." (logdump.cxx l.1078-1084): the log's header checksum
    does not match, -501 JET_errLogFileCorrupt; eseutil goes on with the next log.

    @source:ese-logdump-l1078
    Scenario: A log whose header is damaged cannot be read: -501 JET_errLogFileCorrupt, the logs after it are checked
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally
      And the header of E0000002.log is damaged
      When eseutil /ml is run on the log base name
      Then the dump shows "Log file: E0000002.log cannot be read"
      And the dump shows "Log file: E0000002.log - ERROR"
      And the dump shows "-501 JET_errLogFileCorrupt: log header checksum mismatch"
      And the dump shows "Log file: E0000003.log - OK"
      And eseutil /ml finds 1 problem in the log sequence, the first -501 JET_errLogFileCorrupt on E0000002.log
