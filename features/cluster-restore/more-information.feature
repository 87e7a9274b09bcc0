@article:cluster-restore-in-progress-key @kbQ188674 @link.kb=Q188674
Feature: More information: the events logged when the checkpoint overwrites the key, and KB Q174070
  Microsoft KB Q188674, section "More Information". The project's copy of the article leaves the event
  entries out; their IDs, sources and types are those of the archived text of KB Q188674 (see this
  folder's README). The registry checkpoint behaviour is that of KB Q174070, "Registry Replication in
  Microsoft Cluster Server".

  Background:
    Given an Exchange Server 5.5 cluster whose "Microsoft Exchange Directory" resource is online, with a registry checkpoint of "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS"
    And the directory commits work until EDB.log is generation 0x3
    And the backup program takes an online backup of the directory

  Rule: When the checkpoint overwrites the Restore in Progress key, events are logged
    "If the Registry CheckPoint process in MSCS overwrites the Restore in Progress key, the following
    events are logged:"

    @section:more-information @severity=critical
    @claim:KBQ188674-MORE-1
    Scenario: The System log reports the cluster generic service failed, ClusSvc event 1042
      Given the "Microsoft Exchange Directory" resource is taken offline in Cluster Administrator
      And the files in the directory's dsadata folder are lost
      And the backup program restores the online backup of the directory
      When the "Microsoft Exchange Directory" resource is brought online in Cluster Administrator
      Then the System event log reports event 1042 from ClusSvc of type Error, naming "Microsoft Exchange Directory"

    @section:more-information @severity=critical
    @claim:KBQ188674-MORE-1 @claim:KBQ188674-SYM-2
    Scenario: The Application log reports MSExchangeDS event 1002 carrying -528
      Given the "Microsoft Exchange Directory" resource is taken offline in Cluster Administrator
      And the files in the directory's dsadata folder are lost
      And the backup program restores the online backup of the directory
      When the "Microsoft Exchange Directory" resource is brought online in Cluster Administrator
      Then the Application event log reports event 1002 from MSExchangeDS of type Error, carrying -528 JET_errMissingLogFile
      And the System event log reports no event 1024

  Rule: The registry checkpoint works as KB Q174070 says
    "For more information about the Microsoft Cluster Server (MSCS) Registry CheckPoint, see Knowledge
    Base article Q174070."

    @section:more-information @link.kb=Q174070
    @claim:KBQ188674-MORE-2 @claim:KBQ188674-CAUSE-2
    Scenario: A change made while the resource is online is saved to its registry checkpoint
      When the registry value "Circular Logging" of "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS\Parameters" is set to 0x0
      Then the registry checkpoint of the "Microsoft Exchange Directory" resource holds "Circular Logging" = 0x0 under "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS\Parameters"

    @section:more-information @link.kb=Q174070
    @claim:KBQ188674-MORE-2 @claim:KBQ188674-CAUSE-1
    Scenario: A change made while the resource is offline is lost when it comes online
      Given the "Microsoft Exchange Directory" resource is taken offline in Cluster Administrator
      And the registry value "Circular Logging" of "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS\Parameters" is set to 0x1
      When the "Microsoft Exchange Directory" resource is brought online in Cluster Administrator
      Then the registry has no value "Circular Logging" under "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS\Parameters"
