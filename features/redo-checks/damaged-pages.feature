@topic:redo-checks
Feature: A database page that fails its checksum stops redo when redo reads it
  Beyond KB 812592: the article's example has a crash damage the database as well as E00.log, and restores
  yesterday's offline backup because the damaged database cannot be recovered. ESE reads a page only to redo
  a logged change into it; a page that fails its checksum when redo reads it is JET_errReadVerifyFailure
  (-1018), and the redo of the node operation returns that error, which ends recovery
  (LOG::ErrLGIRedoOperation, logredo.cxx l.6946-6949, then CallR( err ) l.6990). The database is left dirty.
  Sources: ESE's code, microsoft/Extensible-Storage-Engine @ 7030fe7 (see README.md).

  Rule: A page damaged by the crash that the logs after the checkpoint change stops soft recovery with -1018
    "JET_errReadVerifyFailure -1018 Checksum error on a database page" (jethdr.w): redo reads the page to
    compare its dbtime with the record's, and the read fails its checksum.

    @source:ese-logredo-l6947
    Scenario: A page rewritten after the checkpoint and damaged by the crash stops soft recovery with -1018 JET_errReadVerifyFailure
      Given an Exchange 2000 Server store whose current log is generation 0x2
      And the checkpoint advances
      And the store commits transactions that each rewrite 1 of the pages 1 to 1 with 100 bytes, until its logs have filled up to generation 0x3
      And the store stops abnormally
      And the crash damages page 1 of the database
      When the store is brought online
      Then soft recovery fails with -1018 JET_errReadVerifyFailure
      And the store is not mounted
