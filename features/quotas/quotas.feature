@quotas
Feature: Quotas of Amazon Connect
  How many instances an account may have in a region, and how the quotas of Amazon Connect are read through the
  Service Quotas API (service code connect).
  Sources: Administrator Guide page "Amazon Connect service quotas"; Service Quotas API reference for
  ListServiceQuotas and GetAWSDefaultServiceQuota.

  @QT-01
  Rule: An account has at most 2 instances in each region unless its quota is raised; a replica counts in its region
    Creating an instance beyond the quota, or replicating one into a region that is full, is refused as a service
    quota exceeded (402). That a replica takes a place in its region is our expectation.

    @simulator-only
    Scenario: A third instance in a region exceeds the default quota
      Given the account already has 2 active instances in the source region
      When another instance is created in the source region
      Then the service answers with a 'service quota exceeded' error

    @simulator-only
    Scenario: The quota counts each region on its own
      Given the account already has 2 active instances in the source region
      When another instance is created in the replica region
      Then the request succeeds

    @simulator-only
    Scenario: A raised quota lets the account create more instances
      Given the account may have 3 instances in each region
      And the account already has 2 active instances in the source region
      When another instance is created in the source region
      Then the request succeeds

    @simulator-only @inferred
    Scenario: An instance cannot be replicated into a region that is full
      Given an active instance in the source region
      And the account already has 2 active instances in the replica region
      When the instance is replicated to the replica region
      Then the service answers with a 'service quota exceeded' error

    @simulator-only
    Scenario: Service Quotas shows the instance quota in force
      Given the account may have 4 instances in each region
      When the instance quota of the account is read through Service Quotas
      Then Service Quotas shows 4 as the applied value

  @QT-03
  Rule: The phone-number quota is read through Service Quotas: the applied value where there is one, else the AWS default
    The quota "Phone numbers per instance" (L-8F812903) applies to an instance and to a traffic distribution group;
    a value applied to the resource itself comes before the account's.

    @readonly
    Scenario: The phone-number quota of the replicated instance can be read
      Given an instance replicated from the source region to the replica region
      When the phone-number quota of the instance is read through Service Quotas
      Then Service Quotas shows the applied value or else the AWS default

    @simulator-only
    Scenario: A group's own quota is the applied value Service Quotas shows for it
      Given an instance replicated from the source region to the replica region
      And an active traffic distribution group "sales"
      And the traffic distribution group "sales" takes at most 9 numbers
      When the phone-number quota of the traffic distribution group "sales" is read through Service Quotas
      Then Service Quotas shows 9 as the applied value
