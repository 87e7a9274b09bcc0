@article:cluster-restore-in-progress-key @kbQ188674 @link.kb=Q188674
Feature: What follows from the article: no cluster, too late, and trying again
  Consequences of KB Q188674 the article does not spell out, each checked on the model: without a
  cluster there is no registry checkpoint, so an ordinary start after the restore works; once the
  checkpoint has erased the key, starting the service afterwards is too late, and -528 persists until
  the restore is repeated; repeating the restore and then using a workaround succeeds.

  Rule: Restoring on a server without a cluster needs no workaround
    The workaround is for "restoring to a cluster setup of Exchange"; on a server alone nothing writes
    the registry back, and the key written by the restore is there when the services start.

    @section:workaround @severity=critical
    @claim:KBQ188674-CAUSE-4
    Scenario: On a server without a cluster, starting the Exchange services after the restore runs hard recovery
      Given an Exchange Server 5.5 server without a cluster, its directory and information store running
      And the directory commits work until EDB.log is generation 0x3
      And the backup program takes an online backup of the directory
      And the Exchange services are stopped
      And the files in the directory's dsadata folder are lost
      And the backup program restores the online backup of the directory
      When the Exchange services are started
      Then the directory service is running
      And the information store service is running
      And hard recovery replays generations 0x1 to 0x3, in order
      And the registry has no Restore in Progress key for MSExchangeDS
      And every committed transaction is in the database

  Rule: Bringing the resource online first and starting the service afterwards is too late
    Once the checkpoint has overwritten the Restore in Progress key, nothing brings it back: the engine
    keeps running its normal initialisation, and -528 persists until the restore is repeated.

    Background:
      Given an Exchange Server 5.5 cluster whose "Microsoft Exchange Directory" resource is online, with a registry checkpoint of "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS"
      And the directory commits work until EDB.log is generation 0x3
      And the backup program takes an online backup of the directory
      And the "Microsoft Exchange Directory" resource is taken offline in Cluster Administrator
      And the files in the directory's dsadata folder are lost
      And the backup program restores the online backup of the directory
      And the "Microsoft Exchange Directory" resource is brought online in Cluster Administrator

    @section:cause @severity=critical
    @claim:KBQ188674-CAUSE-5 @claim:KBQ188674-CAUSE-8
    Scenario: Starting the directory from the Services dialog after the resource failed fails again with -528
      When the directory service is started from the Services dialog in Control Panel
      Then the directory service is not running, with service-specific error 4294966768
      And soft recovery fails on EDB.log with -528 JET_errMissingLogFile
      And the registry has no Restore in Progress key for MSExchangeDS

    @section:workaround @severity=critical
    @claim:KBQ188674-WORK-2
    Scenario: Repeating the restore, then starting the directory from the Services dialog, succeeds
      Given the backup program restores the online backup of the directory
      When the directory service is started from the Services dialog in Control Panel
      Then the directory service is running
      And hard recovery replays generations 0x1 to 0x3, in order
      And every committed transaction is in the database

    @section:workaround
    @claim:KBQ188674-WORK-1 @claim:KBQ188674-WORK-4
    Scenario: Repeating the restore with Start Services after Restore, then bringing the resource online, leaves it online
      Given the backup program restores the online backup of the directory with "Start Services after Restore"
      When the "Microsoft Exchange Directory" resource is brought online in Cluster Administrator
      Then the "Microsoft Exchange Directory" resource is in the Online state
      And the System event log reports event 1024 from ClusSvc of type Error, naming "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS"
