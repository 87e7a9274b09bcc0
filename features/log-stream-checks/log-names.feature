@topic:log-stream-checks
Feature: The names of the logs: a log's name is read without regard to case
  Beyond KB 812592: ESE finds the logs of its stream by name, the base name (E00, EDB) then the generation
  in hex then .log. It compares the base name without regard to case (_wcsnicmp), reads the hex digits in
  either case and compares the extension as file names are compared on Windows, without regard to case
  (logutil.cxx l.1865-1935, LGFileHelper::ErrLGGetGeneration; UtilCmpFileName is _wcsicmp, normu.hxx
  l.33-36). A copy tool or an operator that writes a log's name in lower case, or its extension in capitals,
  leaves the same log. Each scenario runs the engine model on real files.

  Rule: A log whose name is written in another case is the same log
    On Windows e000000a.log is E000000A.log: the generation is read from the name whatever its case, and
    the log is replayed in its place in the sequence.

    @source:ese-logutil-l1865
    Scenario Outline: Logs whose names were rewritten in lower case, or with .LOG, are replayed in their place (<engine>)
      Given an <engine> store whose current log is generation 0x10
      And the store stops abnormally
      And the checkpoint file is removed
      And <log A> is renamed to <log a>
      And <log F> is renamed to <log f>
      And <log 9> is renamed to <log 9 capitals>
      When the store is brought online
      Then soft recovery replays generations 0x1 to 0x10, in order
      And every committed transaction is in the database
      And the store is mounted

      Examples:
        | engine               | log A        | log a        | log F        | log f        | log 9        | log 9 capitals |
        | Exchange Server 5.5  | EDB0000A.log | edb0000a.log | EDB0000F.log | EDB0000f.log | EDB00009.log | EDB00009.LOG   |
        | Exchange 2000 Server | E000000A.log | e000000a.log | E000000F.log | E000000f.log | E0000009.log | E0000009.LOG   |

    @source:ese-logutil-l1865 @source:ese-logdump-l594
    Scenario: eseutil /ml on the base name finds the logs whose names are in lower case in their place
      Given an Exchange 2000 Server store whose current log is generation 0x10
      And the store stops abnormally
      And E000000A.log is renamed to e000000a.log
      And E000000B.log is renamed to e000000b.LOG
      When eseutil /ml is run on the log base name
      Then the dump shows "Log file: E0000009.log - OK"
      And the dump shows "Log file: e000000a.log - OK"
      And the dump shows "Log file: e000000b.LOG - OK"
      And the dump shows "Log file: E000000C.log - OK"
      And the dump shows "No damaged log files were found."
