@article:cluster-restore-in-progress-key @kbQ188674 @link.kb=Q188674
Feature: Cause: the registry checkpoint overwrites the Restore in Progress key
  Microsoft KB Q188674, section "Cause": the backup program writes the "Restore in Progress" key during
  an online restore; bringing the resource online writes the cluster's registry checkpoint back over the
  directory's service key, erasing it; the engine then runs its normal initialisation, which needs a log
  sequence ending in EDB.log, and fails with -528 JET_errMissingLogFile. The values of the key are those
  of KB Q200941; the checkpoint behaviour is that of KB Q174070.

  Background:
    Given an Exchange Server 5.5 cluster whose "Microsoft Exchange Directory" resource is online, with a registry checkpoint of "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS"
    And the directory commits work until EDB.log is generation 0x3
    And the backup program takes an online backup of the directory
    And the "Microsoft Exchange Directory" resource is taken offline in Cluster Administrator
    And the files in the directory's dsadata folder are lost

  Rule: During an online restore the backup program adds the Restore in Progress key
    "During an online restore, the backup program adds the registry key "Restore in Progress"."

    @section:cause @severity=critical
    @claim:KBQ188674-CAUSE-3
    Scenario: The online restore writes the Restore in Progress key with the restored log range
      When the backup program restores the online backup of the directory
      Then the registry holds the key "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS\Restore in Progress" with the values:
        | name                   | type         | data                    |
        | LowLog Number          | REG_DWORD    | 0x1                     |
        | HighLog Number         | REG_DWORD    | 0x3                     |
        | EDB_RstMap             | REG_MULTI_SZ | <dir.edb>\0<dir.edb>    |
        | EDB_RstMap Size        | REG_DWORD    | 0x1                     |
        | LogPath                | REG_SZ       | <dsadata>               |
        | BackupLogPath          | REG_SZ       | <dsadata>               |
        | CheckpointFilePath     | REG_SZ       | <dsadata>               |
        | EDB Database recovered | REG_BINARY   | 00                      |

    @section:cause
    @claim:KBQ188674-CAUSE-3
    Scenario: The online restore puts back the database and EDB00001.log to EDB00003.log, without EDB.log
      When the backup program restores the online backup of the directory
      Then the directory's dsadata folder holds EDB00001.log to EDB00003.log and no EDB.log

  Rule: The key is required to recover from an online restore
    "This key is required to recover from an online restore."

    @section:cause @severity=critical
    @claim:KBQ188674-CAUSE-4
    Scenario: With the key in place, starting the directory runs hard recovery over the restored logs and deletes the key
      Given the backup program restores the online backup of the directory
      When the directory service is started from the Services dialog in Control Panel
      Then hard recovery replays generations 0x1 to 0x3, in order
      And the registry has no Restore in Progress key for MSExchangeDS
      And every committed transaction is in the database

  Rule: Bringing the resource online restores the registry to its checkpoint, overwriting the key
    "When a service is brought online, the state of the registry is restored to the last known good
    state. This is the state of the registry prior to the failure and is known as a Registry
    CheckPoint. [...] Because of the Registry CheckPoint process in Microsoft Cluster Server (MSCS), the
    Restore in Progress key is overwritten."

    @section:cause
    @claim:KBQ188674-CAUSE-2
    Scenario: The registry checkpoint was saved before the restore, without the Restore in Progress key
      When the backup program restores the online backup of the directory
      Then the registry checkpoint of the "Microsoft Exchange Directory" resource holds "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS" without a Restore in Progress key

    @section:cause @severity=critical
    @claim:KBQ188674-CAUSE-1 @claim:KBQ188674-CAUSE-5 @claim:KBQ188674-CAUSE-6
    Scenario: Bringing the resource online writes the checkpoint back and the Restore in Progress key is gone
      Given the backup program restores the online backup of the directory
      When the "Microsoft Exchange Directory" resource is brought online in Cluster Administrator
      Then the registry has no Restore in Progress key for MSExchangeDS
      And the directory's engine did not run hard recovery

  Rule: Without the key the engine initialises normally, expects EDB.log, and fails with -528
    "When the directory service is brought online, the Exchange database engine does not find a Restore
    in Progress Key and enters the normal initialization process. The Exchange database engine is
    expecting to find a consecutive log sequence to include an EDB.log file. Because this is not the
    case, the Exchange database engine fails to initialize with a -528 JET_errMissingLogFile."

    @section:cause @severity=critical
    @claim:KBQ188674-CAUSE-6 @claim:KBQ188674-CAUSE-7 @claim:KBQ188674-CAUSE-8
    Scenario: Brought online without the key, the engine's soft recovery looks for EDB.log and fails with -528
      Given the backup program restores the online backup of the directory
      When the "Microsoft Exchange Directory" resource is brought online in Cluster Administrator
      Then soft recovery fails on EDB.log with -528 JET_errMissingLogFile
