@topic:redo-checks
Feature: Pages filled to their last byte are redone whole
  Beyond the articles: a change may fill its page. Exchange 2000's pages are 4 KiB (eseutil.cxx l.75,
  cbPageDefault); a log record carries the page's images whatever their size, across as many sectors
  of the log as they need, and redo puts the after image back whole (logredo.cxx l.253, FLGINeedRedo,
  decides only whether to). Each scenario runs the engine model on real files: the pages read after
  recovery come from the database file.

  Rule: A change that fills its page comes back whole from soft recovery
    The model's page holds 4,078 bytes of data after its 18-byte header (page number, dbtime, length).

    @source:ese-eseutil-l75
    Scenario: Transactions that each fill a page to its last byte are replayed whole after a crash
      Given an Exchange 2000 Server store whose current log is generation 0x1
      And the store commits transactions that each rewrite 1 of the pages 1 to 4 with 4078 bytes, until its logs have filled up to generation 0x3
      And the store stops abnormally
      When the store is brought online
      Then soft recovery replays generations 0x1 to 0x3, in order
      And the database holds pages 1 to 4, each 4078 bytes written by a committed transaction
      And the store is mounted
