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
