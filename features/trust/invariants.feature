@article:renaming-transaction-logs @kb812592 @link.kb=812592
Feature: Trust: the recovery model keeps its invariants through every crash and every damage
  The model is explored, not sampled: every operator workload of up to a few actions (commit, roll a
  log, advance the checkpoint, online and offline backup, restore, rename a log, remove a log, remove
  the checkpoint, mount with soft recovery, hard recovery), with power lost at every persistence point
  of the workload and of the recovery after it, and every file damaged in every kind (a bit flip in a
  log header, in a log's records, in the checkpoint, in the database header; a file cut short; a file
  missing; a log from another log stream). In every state these hold:
    - after a successful recovery every transaction whose commit was durable is present, and no
      transaction that never committed is;
    - recovering twice ends as recovering once;
    - a crash during recovery, then recovery, ends as one recovery;
    - a backup is never modified;
    - reading, listing and dumping the files never changes a byte;
    - the model never reports a mountable database whose header says otherwise;
    - every failure is a JET error, never an unchecked exception;
    - a bit flip in one copy of the checkpoint or of the database header changes nothing: the other
      copy stands in.
  The full exploration (three actions) runs as CrashExplorerTest; this scenario runs a smaller one and
  attaches its counts to the report.

  Rule: Recovery returns the database to consistency from what the disk kept
    "When the store stops abnormally, the checkpoint file tracks which transaction log must first be
    replayed to return the database to consistency."

    @section:definitions @severity=critical @claim:KB812592-TRUST-1
    Scenario: Every one-action workload, crashed at every persistence point and damaged in every kind, keeps the invariants
      Given an Exchange 2000 Server instance on a disk that can lose power, explored with seed 812592
      And operator workloads of up to 1 action over the whole alphabet
      When every workload is run, crashed at every persistence point and damaged in every kind
      Then no explored state breaks an invariant
