@article:cluster-restore-in-progress-key @kbQ188674 @link.kb=Q188674
Feature: Symptoms: the directory resource fails after an online restore on a cluster
  Microsoft KB Q188674, "XADM: Directory Service Restore to Cluster Fails with Event 1002", section
  "Symptoms". An Exchange Server 5.5 directory runs as the Generic Service resource "Microsoft Exchange
  Directory" of a Microsoft Cluster Server group, with a registry checkpoint of its service key. It is
  backed up online, taken offline for the restore, its dsadata folder is lost, and the backup program
  restores the online backup. Every outcome below comes from the cluster writing its checkpoint back
  into the registry file and from the directory's engine reading that registry and the dsadata folder.

  Background:
    Given an Exchange Server 5.5 cluster whose "Microsoft Exchange Directory" resource is online, with a registry checkpoint of "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS"
    And the directory commits work until EDB.log is generation 0x3
    And the backup program takes an online backup of the directory
    And the "Microsoft Exchange Directory" resource is taken offline in Cluster Administrator
    And the files in the directory's dsadata folder are lost
    And the backup program restores the online backup of the directory

  Rule: Brought online after an online restore, the directory resource does not start and fails
    "When attempting to bring the Microsoft Exchange Directory resource online after an online restore,
    the resource will not start and enters a failed state."

    @section:symptoms @severity=critical
    @claim:KBQ188674-SYM-1
    Scenario: Bringing the Microsoft Exchange Directory resource online after the online restore leaves it failed
      When the "Microsoft Exchange Directory" resource is brought online in Cluster Administrator
      Then the "Microsoft Exchange Directory" resource is in the Failed state
      And the directory service is not running, with service-specific error 4294966768

  Rule: The Application event log reports an event 1002
    "The Application Event Log reports an event 1002."

    @section:symptoms @severity=critical
    @claim:KBQ188674-SYM-2 @claim:KBQ188674-CAUSE-8
    Scenario: The Application event log reports event 1002 from MSExchangeDS with the engine's -528
      When the "Microsoft Exchange Directory" resource is brought online in Cluster Administrator
      Then the Application event log reports event 1002 from MSExchangeDS of type Error, carrying -528 JET_errMissingLogFile
