@topic:exchange-services
Feature: The Exchange Server 5.5 services on their server and cluster: registry, Services dialog, Cluster Administrator
  Beyond KB Q188674: what the directory and the information store do with their registry keys when they
  start, on a server alone and as Generic Service resources of a Microsoft Cluster Server group. Sources:
  KB Q263548 (a directory parameter missing: events 1016 and 1002), KB Q238063 (the online restore of the
  information store on a cluster: events 1120 and 5000), KB Q200941 (the Restore in Progress key stays
  when a start fails; "EDB Database recovered" 01 has the effect of deleting it), KB Q174070 and the
  Failover Cluster API's "Checkpointing" page (a change made while the resource is offline is overwritten
  when it comes online; a change made while it is online is saved), the MSCS "Resource dependencies" page
  (a dependent resource comes online after, and goes offline before, the resources it depends on). The
  registry is read back from its file, as another process reads it.

  Rule: A directory parameter missing from the registry stops the directory with events 1016 and 1002 (KB Q263548)
    "This behavior can occur if a registry key is missing or has been deleted from [...]
    MSExchangeDS\Parameters": event 1016 "Missing configuration parameter (DSA Database file)", then
    event 1002 "could not be initialized and returned error 1". The information store depends on the
    directory (its DependOnService) and is not started when the directory does not start.

    @kbQ263548 @link.kb=Q263548
    Scenario: With the directory's Parameters key deleted, the Exchange services do not start: events 1016 and 1002, error 1
      Given an Exchange Server 5.5 server without a cluster, its directory and information store running
      And the Exchange services are stopped
      And the key "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS\Parameters" is deleted with regedit
      When the Exchange services are started
      Then the directory service is not running, with service-specific error 1
      And the information store service is not running
      And the Application event log reports event 1016 from MSExchangeDS of type Error, naming "DSA Database file"
      And the Application event log reports event 1002 from MSExchangeDS of type Error, naming "returned error 1."
      And the registry has no value "DSA Database file" under "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS\Parameters"

    @kbQ174070 @link.kb=Q174070
    Scenario: On a cluster, the Parameters key deleted while the resource is offline comes back from the checkpoint when it is brought online
      Given an Exchange Server 5.5 cluster whose "Microsoft Exchange Directory" resource is online, with a registry checkpoint of "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS"
      And the "Microsoft Exchange Directory" resource is taken offline in Cluster Administrator
      And the key "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS\Parameters" is deleted with regedit
      When the "Microsoft Exchange Directory" resource is brought online in Cluster Administrator
      Then the "Microsoft Exchange Directory" resource is in the Online state
      And the directory service is running
      And the registry holds the value "DSA Database file" under "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS\Parameters"
      And the Application event log reports no event 1016

    @kbQ174070 @link.kb=Q174070 @kbQ263548
    Scenario: On a cluster, the Parameters key deleted while the resource is online is saved to the checkpoint, and the resource fails when next brought online
      Given an Exchange Server 5.5 cluster whose "Microsoft Exchange Directory" resource is online, with a registry checkpoint of "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS"
      And the key "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS\Parameters" is deleted with regedit
      And the "Microsoft Exchange Directory" resource is taken offline in Cluster Administrator
      When the "Microsoft Exchange Directory" resource is brought online in Cluster Administrator
      Then the "Microsoft Exchange Directory" resource is in the Failed state
      And the directory service is not running, with service-specific error 1
      And the Application event log reports event 1016 from MSExchangeDS of type Error, naming "DSA Database file"
      And the System event log reports event 1042 from ClusSvc of type Error, naming "Microsoft Exchange Directory"
      And Event Viewer shows event 1042 of the System log from ClusSvc, of type Error, on computer EXCHSRV01

  Rule: Stopping a service makes its database consistent (KB Q200941)
    "During a normal shutdown, the database file is made consistent before the service stops; all of the
    information from the log files is applied to the database file."

    @kbQ200941 @link.kb=Q200941
    Scenario: Stopping the Exchange services leaves the directory's database in Clean Shutdown, requiring no log
      Given an Exchange Server 5.5 server without a cluster, its directory and information store running
      And the directory commits work until EDB.log is generation 0x3
      When the Exchange services are stopped
      Then the directory service and the information store service are stopped
      And the database header shows State "Clean Shutdown" and Log Required "0-0"

  Rule: The information store depends on the directory, on a server and as a cluster resource
    The store's service key names the directory in DependOnService, so the Services dialog starts the
    directory first; in the cluster, the store's resource depends on the directory's: "The Cluster
    service takes a dependent resource offline before any of its dependencies are taken offline, and
    brings a dependent resource online after all its dependencies are online" (MSCS, "Resource
    dependencies").

    @kbQ238063 @link.kb=Q238063
    Scenario: Starting the information store from the Services dialog starts the directory first, as its DependOnService says
      Given an Exchange Server 5.5 server without a cluster, its directory and information store running
      And the Exchange services are stopped
      When the information store service is started from the Services dialog in Control Panel
      Then the directory service is running
      And the information store service is running
      And the registry holds the key "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeIS" with the values:
        | name            | type         | data                                 |
        | DisplayName     | REG_SZ       | Microsoft Exchange Information Store |
        | DependOnService | REG_MULTI_SZ | MSExchangeDS                         |

    @kbQ238063 @link.kb=Q238063
    Scenario: Taking the directory resource offline takes the information store resource offline first
      Given an Exchange Server 5.5 cluster whose "Microsoft Exchange Directory" and "Microsoft Exchange Information Store" resources are online, the second depending on the first, each with a registry checkpoint of its service key
      When the "Microsoft Exchange Directory" resource is taken offline in Cluster Administrator
      Then the "Microsoft Exchange Information Store" resource is in the Offline state
      And the "Microsoft Exchange Directory" resource is in the Offline state
      And the directory service and the information store service are stopped

    @kbQ238063 @link.kb=Q238063
    Scenario: Bringing the information store resource online brings the directory resource online first
      Given an Exchange Server 5.5 cluster whose "Microsoft Exchange Directory" and "Microsoft Exchange Information Store" resources are online, the second depending on the first, each with a registry checkpoint of its service key
      And the "Microsoft Exchange Directory" resource is taken offline in Cluster Administrator
      When the "Microsoft Exchange Information Store" resource is brought online in Cluster Administrator
      Then the "Microsoft Exchange Directory" resource is in the Online state
      And the "Microsoft Exchange Information Store" resource is in the Online state
      And the directory service is running
      And the information store service is running
      And Cluster Administrator shows "Microsoft Exchange Information Store" in the group "Exchange": a Generic Service resource, Online, depending on "Microsoft Exchange Directory"

  Rule: After an online restore of the information store on a cluster, start it from Control Panel, not Cluster Administrator (KB Q238063)
    "It is important to start the Directory and Information Store Services through Control Panel because
    the Restore in Progress (RIP) is not read if you use the Cluster Administrator to attempt to bring the
    resources online. [...] For the Information Store: Event ID: 1120 [...] Error Current log file missing
    [...] Event ID: 5000 [...] Unable to initialize the Microsoft Exchange Information Store service."

    Background:
      Given an Exchange Server 5.5 cluster whose "Microsoft Exchange Directory" and "Microsoft Exchange Information Store" resources are online, the second depending on the first, each with a registry checkpoint of its service key
      And the backup program takes an online backup of the information store
      And the "Microsoft Exchange Information Store" resource is taken offline in Cluster Administrator
      And the files in the information store's mdbdata folder are lost
      And the backup program restores the online backup of the information store

    @kbQ238063 @link.kb=Q238063
    Scenario: Brought online in Cluster Administrator after the restore, the information store fails with events 1120 and 5000
      When the "Microsoft Exchange Information Store" resource is brought online in Cluster Administrator
      Then the "Microsoft Exchange Information Store" resource is in the Failed state
      And the "Microsoft Exchange Directory" resource is in the Online state
      And the information store service is not running
      And the Application event log reports event 1120 from MSExchangeIS of type Error, naming "Current log file missing"
      And the Application event log reports event 5000 from MSExchangeIS of type Error, naming "Current log file missing"
      And the System event log reports event 1042 from ClusSvc of type Error, naming "Microsoft Exchange Information Store"
      And the registry has no Restore in Progress key for MSExchangeIS

    @kbQ238063 @link.kb=Q238063
    Scenario: Started from the Services dialog after the restore, the information store reads the key and starts
      When the information store service is started from the Services dialog in Control Panel
      Then the information store service is running
      And the registry has no Restore in Progress key for MSExchangeIS
      And the Application event log reports no event 1120

  Rule: The Restore in Progress key stays when the start fails; "EDB Database recovered" 01 has the effect of deleting it (KB Q200941)
    "After a restored database has completed recovery successfully, the "Restore in Progress" registry
    key is automatically deleted. But if a startup does not work, the key remains in the registry." [...]
    "If you change this value to 01 manually, it has the same practical effect as deleting the "Restore in
    Progress" registry key." After a restore the errors show as 0xC8000000 + |error| (KB Q200941).

    Background:
      Given an Exchange Server 5.5 server without a cluster, its directory and information store running
      And the directory commits work until EDB.log is generation 0x3
      And the backup program takes an online backup of the directory
      And the Exchange services are stopped
      And the files in the directory's dsadata folder are lost
      And the backup program restores the online backup of the directory

    @kbQ200941 @link.kb=Q200941 @source:ese-logread-l2357
    Scenario: A damaged restored log stops the directory's hard recovery with -573; the key stays
      Given the restored copy of EDB00002.log in the directory's dsadata folder is damaged
      When the directory service is started from the Services dialog in Control Panel
      Then the directory service is not running, with service-specific error 3355443773
      And hard recovery fails on EDB00002.log with -573 JET_errLogCorruptDuringHardRestore
      And the Application event log reports event 1002 from MSExchangeDS of type Error, carrying -573 JET_errLogCorruptDuringHardRestore
      And the registry holds the Restore in Progress key for MSExchangeDS

    @kbQ200941 @link.kb=Q200941
    Scenario: With "EDB Database recovered" set to 01, the directory deletes the key, runs soft recovery and fails with -528
      Given the REG_BINARY value "EDB Database recovered" of "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeDS\Restore in Progress" is set to 01 with regedit
      When the directory service is started from the Services dialog in Control Panel
      Then the registry has no Restore in Progress key for MSExchangeDS
      And the directory's engine did not run hard recovery
      And soft recovery fails on EDB.log with -528 JET_errMissingLogFile
      And the directory service is not running, with service-specific error 4294966768
