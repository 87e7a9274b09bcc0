@topic:log-stream-checks
Feature: A checkpoint file written anew holds the checkpoint in both its copies
  Beyond KB 812592, which has the checkpoint file removed before recovery: at the end of soft recovery
  the engine writes the checkpoint, and where there was no checkpoint file it creates one. ESE writes
  every shadowed header, the checkpoint's among them, twice: the header, then the same bytes again as
  its shadow copy (fileu.cxx l.869-870, ErrUtilWriteShadowedHeaderInternal), and reads whichever copy
  is intact (fileu.cxx l.583-700). Each scenario runs the engine model on real files; the checkpoint
  shown comes from the model reading the file eseutil /r wrote.

  Rule: A checkpoint file created by soft recovery survives damage to either of its copies
    @source:ese-fileu-l869
    Scenario Outline: After soft recovery without a checkpoint file, the new file's <intact> copy alone still holds the checkpoint
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the store stops abnormally
      And the checkpoint file is removed
      And eseutil /r is run on the folder
      And the <damaged> copy of the checkpoint is damaged
      When the checkpoint file is dumped
      Then the dump shows the checkpoint in generation 0x4

      Examples:
        | damaged | intact  |
        | primary | shadow  |
        | shadow  | primary |

  Rule: A checkpoint file cut short is read from the copy it still holds; with none intact, recovery starts at the lowest log
    A checkpoint file cut to its first 4 KiB (a copy interrupted by a full disk) still holds its primary
    copy. When that copy is damaged too, reading the checkpoint fails, and soft recovery ignores any
    failure to read it and replays from the lowest log (logredo.cxx l.15089-15094, l.15178).

    @source:ese-fileu-l583
    Scenario: A checkpoint file cut to its primary copy: soft recovery starts at the checkpoint it holds
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the checkpoint advances
      And the store goes on until generation 0x6 is the current log
      And the store stops abnormally
      And the checkpoint file is cut to its first 4096 bytes
      When the store is brought online
      Then soft recovery replays generations 0x4 to 0x6, in order
      And every committed transaction is in the database
      And the store is mounted

    @source:ese-logredo-l15089
    Scenario: A checkpoint file cut to its primary copy, that copy damaged: soft recovery replays from the lowest log
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And the checkpoint advances
      And the store goes on until generation 0x6 is the current log
      And the store stops abnormally
      And the checkpoint file is cut to its first 4096 bytes
      And the primary copy of the checkpoint is damaged
      When the store is brought online
      Then soft recovery replays generations 0x1 to 0x6, in order
      And every committed transaction is in the database
      And the store is mounted
