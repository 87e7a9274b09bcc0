@topic:advice
Feature: The articles' situations as eserecover create-situation makes them, and what SITUATION.txt says
  `eserecover create-situation` makes KB 812592's two cases as real folders with the engine, in the order
  the feature files' Givens make them, and writes SITUATION.txt there: what was done, what the article
  says, and the commands to try (docs/cli.md). The names in it are the engine's: EDB logs and priv.edb for
  Exchange Server 5.5, E00 logs and priv1.edb for Exchange 2000 Server, patch files before SP2, and the
  Restore in Progress key of Exchange 5.5 where Exchange 2000 has restore.env.

  Rule: The E0000015 case is made for every engine, with the engine's names and its hard recovery
    KB 812592, "When not to manipulate log files": logs to 0xF, an online backup, on to 0x1A, a crash,
    the fifteenth log damaged. On Exchange 5.5 hard recovery reads the Restore in Progress key (KB Q188674);
    its soft recovery fails for a missing required log with -528, Exchange 2000's with -543.

    @applies:renaming-transaction-logs @section:when-not-to-manipulate-log-files @kb812592 @link.kb=812592
    Scenario: The E0000015 situation on Exchange Server 5.5: EDB00015.log damaged, hard recovery through the Restore in Progress key
      Given the E0000015 situation, as eserecover create-situation makes it for Exchange Server 5.5
      When the advisor examines the folder
      Then the advisor recognises "a damaged log the database needs" first
      And SITUATION.txt says:
        | Situation E0000015: the damaged E0000015.log case (KB 812592, When not to manipulate log files) |
        | Engine: Exchange Server 5.5 (logs EDB, database priv.edb) |
        |   2. an online backup was taken into online-backup/ (the database copy and the logs 0x1 to 0xF, and the patch file); the older logs were truncated; |
        |   4. EDB00015.log was damaged (one byte of its first block of records). |
        | The logs on disk are EDB00010.log to EDB00019.log and EDB.log; the database is in Dirty Shutdown and requires logs 0x10 to 0x1A. |
        |   then, on a copy: remove EDB00015.log to EDB.log, rename EDB00014.log to EDB.log, mount again: it fails with -528 JET_errMissingLogFile |
        |   cd <this folder> && rm EDB00015.log EDB00016.log EDB00017.log EDB00018.log EDB00019.log EDB.log EDB.chk |
        |   bin/eserecover restore <this folder>/online-backup <this folder> |
        |   bin/eserecover restore-recover <this folder> --low 0x1 --high 0xF --backup-logs <this folder>   # Exchange 5.5 keeps these in the Restore in Progress key |
      And the articles' advice read:
        | <folder>               | logs 16 (0x10) to 26 (0x1A)                                                                           |
        | EDB00015.log           | log damaged (unusable) at (0x15,8,0): checksum mismatch (-501 JET_errLogFileCorrupt)                  |
        | EDB.log                | the current log, generation 26 (0x1A), created 01/05/2026 10:00:29.000                                |
        | EDB.chk                | the checkpoint is in generation 16 (0x10) at (0x10,8,0)                                               |
        | priv.edb               | State: Dirty Shutdown, Log Required: 16-26 (0x10-0x1A), the highest created 01/05/2026 10:00:29.000  |
        | priv.edb               | 45 page(s), every one with a sound checksum                                                           |
        | online-backup/priv.edb | an online backup: Current Full Backup logs 1 (0x1) to 15 (0xF)                                        |
      And create-situation's description is the text of SITUATION.txt

    @applies:renaming-transaction-logs @section:completing-a-hard-recovery @kb812592 @link.kb=812592
    Scenario: The E0000015 situation on Exchange 2000 Server SP2: no patch file, hard recovery from restore.env
      Given the E0000015 situation, as eserecover create-situation makes it for Exchange 2000 Server SP2
      When the advisor examines the folder
      Then the advisor recognises "a damaged log the database needs" first
      And SITUATION.txt says:
        | Engine: Exchange 2000 Server SP2 (logs E00, database priv1.edb) |
        |   2. an online backup was taken into online-backup/ (the database copy and the logs 0x1 to 0xF); the older logs were truncated; |
        |   then, on a copy: remove E0000015.log to E00.log, rename E0000014.log to E00.log, mount again: it fails with -543 JET_errRequiredLogFilesMissing |
        |   cd <this folder> && rm E0000015.log E0000016.log E0000017.log E0000018.log E0000019.log E00.log E00.chk |
        |   bin/eserecover restore <this folder>/online-backup <this folder> --profile EXCHANGE_2000_SP2 |
        |   bin/eserecover restore-recover <this folder> --profile EXCHANGE_2000_SP2   # reads restore/restore.env |

  Rule: The E00000A7 case has its checkpoint in 0xA4 and a damaged database, and an offline backup beside them
    KB 812592, "When to manipulate the log files": "The Exchange server crashes, and your database is
    damaged during the crash. When you investigate, you notice that the E00.log is also damaged. You have
    an offline backup of the database from yesterday. When you dump the checkpoint file, you notice that
    the last four logs were not committed to the database before the crash." The advisor reads the checkpoint, every page's
    checksum (a damaged page is -1018 JET_errReadVerifyFailure) and the backups in the subfolders.

    @applies:renaming-transaction-logs @section:when-to-manipulate-log-files @kb812592 @link.kb=812592
    Scenario: The E00000A7 situation on Exchange 2000 Server SP2: the checkpoint in 0xA4, page 1 of the database damaged, and the procedure by hand
      Given the E00000A7 situation, as eserecover create-situation makes it for Exchange 2000 Server SP2
      When the advisor examines the folder
      Then the rule of the articles that applies is "rename after offline restore"
      And the articles' advice read:
        | <folder>                 | logs 161 (0xA1) to 168 (0xA8)                                                                          |
        | E00.log                  | log damaged (unusable) at (0xA8,8,0): checksum mismatch (-501 JET_errLogFileCorrupt)                   |
        | E00.chk                  | the checkpoint is in generation 164 (0xA4) at (0xA4,11,0)                                              |
        | priv1.edb                | State: Dirty Shutdown, Log Required: 164-168 (0xA4-0xA8), the highest created 01/05/2026 10:02:57.000 |
        | priv1.edb                | checksum mismatch on page 1 (-1018 JET_errReadVerifyFailure)                                           |
        | offline-backup/priv1.edb | an offline backup: Clean Shutdown, last consistent at (0xA1,8,20)                                      |
        | online-backup/priv1.edb  | an online backup: Current Full Backup logs 1 (0x1) to 160 (0xA0)                                       |
      And SITUATION.txt says:
        | Situation E00000A7: the E00000A7.log offline backup case (KB 812592, When to manipulate the log files) |
        | Engine: Exchange 2000 Server SP2 (logs E00, database priv1.edb) |
        |   cp <this folder>/offline-backup/priv1.edb <this folder>/priv1.edb |
        |   bin/eserecover mount <this folder> --profile EXCHANGE_2000_SP2   # replays 0xA1 to 0xA7 |
      And create-situation's description is the text of SITUATION.txt

  Rule: create-situation makes its folder when there is none, and refuses a folder with a file in it
    docs/cli.md, `create-situation`: it "makes one of the articles' situations in a new or empty folder (a
    folder with any file in it is refused with -1032 and exit code 2: nothing is overwritten)". A folder that
    does not exist yet is made, the folders above it too.

    Scenario: create-situation refuses a folder with a file in it with -1032 JET_errFileAccessDenied, and leaves the file as it was
      Given the folder "server" holds a file "notes.txt" reading "the server's own notes"
      When create-situation makes the E0000015 situation for Exchange 2000 Server in "server"
      Then create-situation fails with -1032 JET_errFileAccessDenied
      And the folder "server" holds only the file "notes.txt" reading "the server's own notes"

    Scenario: create-situation makes a folder that does not exist yet, and the folders above it
      When create-situation makes the E0000015 situation for Exchange 2000 Server in "cases/E0000015"
      Then the folder "cases/E0000015" holds SITUATION.txt, the text of create-situation's description, beside "online-backup/priv1.edb"
