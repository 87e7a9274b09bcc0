@topic:hard-recovery-checks
Feature: Hard recovery checks that the logs it is given follow on from one another
  Beyond KB 812592: before it replays anything, hard recovery reads the header of every log of the backup
  set and then of the logs in the log folder, and checks that each log's previous-generation time is the
  creation time of the log before it (logutil.cxx, ErrLGRSTCheckSignaturesLogSequence). Each a real engine
  behaviour read in ESE's source (microsoft/Extensible-Storage-Engine, dev/ese/src/ese/_log/); each
  scenario runs the engine model on real files, and the outcome comes from the model reading them.

  Rule: A log of the backup set that does not follow the one before it stops hard recovery with -556
    For every restored log after the first, "tmPrevGen" must equal the previous log's "tmCreate", or ESE
    reports event 434 ("The timestamp for restored logfile ... does not match the timestamp recorded in
    the logfile previous to it") and fails the restore with -556 JET_errGivenLogFileIsNotContiguous
    (logutil.cxx l.338-369; jetmsg.mc MessageId 434). A log of the same stream and generation from
    before an earlier restore follows another timeline.

    @source:ese-logutil-l355
    Scenario: A log from before an earlier restore among the backup's logs stops hard recovery with -556 JET_errGivenLogFileIsNotContiguous
      Given an Exchange 2000 Server store whose current log is generation 0x3
      And an online backup of the store is taken
      And the store goes on until generation 0x6 is the current log
      And the logs from E0000004.log to E00.log are moved aside
      And the online backup is restored
      And the restore has completed and the store has been brought online
      And the store goes on until generation 0x6 is the current log
      And another online backup of the store is taken, into an empty folder
      And the store stops abnormally
      And the checkpoint file is removed
      And the online backup is restored
      And the restored copy of E0000005.log is replaced by the one moved aside
      When the restore completes and the store is brought online
      Then hard recovery fails on E0000005.log with -556 JET_errGivenLogFileIsNotContiguous
      And the engine reports event 434 with error -556 JET_errGivenLogFileIsNotContiguous
      And the store is not mounted

  Rule: A current log that is not newer than the backup's last log stops hard recovery with -611
    With no numbered log in the log folder after the backup set, the current log is checked as the
    generation after the backup's last log: its "tmPrevGen" must be the last restored log's "tmCreate",
    or ESE reports event 458 ("The logfiles ... are not in a valid sequence") and fails with -611
    JET_errExistingLogFileIsNotContiguous (logutil.cxx l.708-740; jetmsg.mc MessageId 458). The backup's
    last log put in the log folder under the current log's name is that log's generation, not the next one.

    @source:ese-logutil-l708
    Scenario: The backup's last log put in the log folder as E00.log stops hard recovery with -611 JET_errExistingLogFileIsNotContiguous
      Given an Exchange 2000 Server store whose current log is generation 0x4
      And an online backup of the store is taken
      And the store goes on until generation 0x7 is the current log
      And the store stops abnormally
      And all the log files are removed
      And the checkpoint file is removed
      And the online backup is restored
      And the restored copy of E0000004.log is copied to the log folder as E00.log
      When the restore completes and the store is brought online
      Then hard recovery fails on E00.log with -611 JET_errExistingLogFileIsNotContiguous
      And the engine reports event 458 with error -611 JET_errExistingLogFileIsNotContiguous for E00.log
      And the store is not mounted
