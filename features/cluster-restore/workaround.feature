@article:cluster-restore-in-progress-key @kbQ188674 @link.kb=Q188674
Feature: Workaround: start the directory outside the cluster, then bring the resource online
  Microsoft KB Q188674, section "Workaround": on a cluster, restore with "Start Services after Restore",
  or start the directory service from the Services dialog in Control Panel, so that the engine reads the
  Restore in Progress key; then bring the resource online in Cluster Administrator. The cluster cannot
  write its checkpoint back over keys the running directory holds open, and says so in the System event
  log (ClusSvc event 1024, in the archived text of KB Q188674), which can be ignored.

  Background:
    Given an Exchange Server 5.5 cluster whose "Microsoft Exchange Directory" resource is online, with a registry checkpoint of "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS"
    And the directory commits work until EDB.log is generation 0x3
    And the backup program takes an online backup of the directory
    And the "Microsoft Exchange Directory" resource is taken offline in Cluster Administrator
    And the files in the directory's dsadata folder are lost

  Rule: On a cluster, restore with the Start Services after Restore option
    "When you are restoring to a cluster setup of Exchange, use the Start Services after Restore option."

    @section:workaround @severity=critical
    @claim:KBQ188674-WORK-1
    Scenario: Restoring with Start Services after Restore starts the directory, which runs hard recovery
      When the backup program restores the online backup of the directory with "Start Services after Restore"
      Then the directory service is running
      And hard recovery replays generations 0x1 to 0x3, in order
      And every committed transaction is in the database

  Rule: Alternatively, start the directory service from the Services dialog; the key is preserved and read
    "As an alternative, you can start the Microsoft directory service from the Services dialog box in
    Control Panel. This process will preserve the Restore in Progress key and allow the Exchange database
    engine to read this key and initialize properly."

    @section:workaround @severity=critical
    @claim:KBQ188674-WORK-2 @claim:KBQ188674-WORK-3
    Scenario: Started from the Services dialog, the directory reads the key, runs hard recovery and initialises
      Given the backup program restores the online backup of the directory
      When the directory service is started from the Services dialog in Control Panel
      Then the directory service is running
      And hard recovery replays generations 0x1 to 0x3, in order
      And the registry has no Restore in Progress key for MSExchangeDS
      And the Application event log reports no event 1002

  Rule: Finally, bring the resource online in Cluster Administrator; the System event it produces can be ignored
    "As a final step, go into Cluster Administrator and bring the Microsoft Exchange directory resource
    online. This produces the following System Event log entry, which can be ignored:"

    @section:workaround @severity=critical
    @claim:KBQ188674-WORK-4
    Scenario: After Start Services after Restore, bringing the resource online leaves it online
      Given the backup program restores the online backup of the directory with "Start Services after Restore"
      When the "Microsoft Exchange Directory" resource is brought online in Cluster Administrator
      Then the "Microsoft Exchange Directory" resource is in the Online state
      And the directory service is running

    @section:workaround @severity=critical
    @claim:KBQ188674-WORK-4
    Scenario: After starting the directory from Control Panel, bringing the resource online leaves it online
      Given the backup program restores the online backup of the directory
      And the directory service is started from the Services dialog in Control Panel
      When the "Microsoft Exchange Directory" resource is brought online in Cluster Administrator
      Then the "Microsoft Exchange Directory" resource is in the Online state
      And the directory service is running

    @section:workaround
    @claim:KBQ188674-WORK-5
    Scenario: Bringing the resource online over the running directory logs ClusSvc event 1024 in the System log
      Given the backup program restores the online backup of the directory with "Start Services after Restore"
      When the "Microsoft Exchange Directory" resource is brought online in Cluster Administrator
      Then the System event log reports event 1024 from ClusSvc of type Error, naming "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS"
      And the System event log reports no event 1042

    @section:workaround
    @claim:KBQ188674-WORK-5
    Scenario: The event 1024 can be ignored: the restored directory is online with all its work
      Given the backup program restores the online backup of the directory with "Start Services after Restore"
      When the "Microsoft Exchange Directory" resource is brought online in Cluster Administrator
      Then every committed transaction is in the database
      And the Application event log reports no event 1002
      And the registry has no Restore in Progress key for MSExchangeDS
