@traffic-distribution-groups
Feature: Traffic distribution group lifecycle
  A traffic distribution group (TDG) spreads the telephony of a replicated instance over its two regions.
  It can only be made for an instance that already has a replica, and only in the instance's source region.
  Creating one takes a while (it is "being created" until it is ACTIVE, or "creation failed"); deleting one
  passes through "pending deletion" (and ends either gone or "deletion failed"); changing its traffic split passes through "update in progress" and, we expect, back to
  ACTIVE. Replicating an instance gives it a default group, which alone may change where agents sign in and
  which cannot be deleted. A group that still holds phone numbers cannot be deleted, and deletion is only
  possible in the group's home region.
  Sources: Administrator Guide pages "Create traffic distribution groups", "Delete traffic distribution
  groups" and "Set up Amazon Connect Global Resiliency"; API reference for CreateTrafficDistributionGroup,
  DeleteTrafficDistributionGroup and UpdateTrafficDistribution.

  Background:
    Given an instance replicated from the source region to the replica region

  @TDG-02 @mutating @isolated
  Scenario: A new group is being created at first and becomes ACTIVE
    When a traffic distribution group "sales" is created in the source region
    Then the traffic distribution group "sales" is CREATION_IN_PROGRESS
    And the traffic distribution group "sales" becomes ACTIVE

  @TDG-02 @mutating @isolated
  Scenario: A deleted group is pending deletion at first and then disappears
    Given an active traffic distribution group "sales"
    When the traffic distribution group "sales" is deleted in the source region
    Then the request succeeds
    And the traffic distribution group "sales" is PENDING_DELETION
    And the traffic distribution group "sales" is eventually gone

  @TDG-02 @simulator-only @isolated
  Scenario: A creation that fails while it runs ends CREATION_FAILED
    Given the service will let the next creation of a traffic distribution group fail while it runs
    When a traffic distribution group "sales" is created in the source region
    Then the request succeeds
    And the traffic distribution group "sales" becomes CREATION_FAILED

  @TDG-02 @simulator-only @isolated
  Scenario: A deletion that fails while it runs ends DELETION_FAILED
    Given an active traffic distribution group "sales"
    And the service will let the next deletion of a traffic distribution group fail while it runs
    When the traffic distribution group "sales" is deleted in the source region
    Then the request succeeds
    And the traffic distribution group "sales" becomes DELETION_FAILED

  @TDG-02 @inferred @mutating @isolated
  Scenario: Changing the traffic split puts the group in update and then back to ACTIVE
    Given an active traffic distribution group "sales"
    When the telephony traffic of "sales" is split as the source region 70% and the replica region 30%
    Then the request succeeds
    And the traffic distribution group "sales" is UPDATE_IN_PROGRESS
    And the traffic distribution group "sales" becomes ACTIVE

  @TDG-03 @simulator-only
  Scenario: A group cannot be made for an instance without a replica
    Given an active instance that is not replicated
    When a traffic distribution group "lonely" is created in the source region
    Then the service answers with an 'invalid request' error

  @TDG-03 @mutating
  Scenario: A group cannot be made in the replica region of the instance
    When a traffic distribution group "backwards" is created in the replica region
    Then the service answers with an 'invalid request' error

  @TDG-04 @readonly
  Scenario: Replication gave the instance an active default group
    When the default traffic distribution group of the instance is looked up
    Then it is marked as the default group
    And the traffic distribution group "default" becomes ACTIVE

  @TDG-04 @mutating
  Scenario: The default group accepts a changed sign-in split
    Given the default traffic distribution group
    When sign-in of "default" is enabled in the source region and disabled in the replica region
    Then the request succeeds

  @TDG-04 @mutating
  Scenario: A group that is not the default refuses a changed sign-in split
    Given an active traffic distribution group "sales"
    When sign-in of "sales" is enabled in the source region and disabled in the replica region
    Then the service answers with an 'invalid request' error

  @TDG-04 @inferred @mutating
  Scenario: The default group cannot be deleted
    Given the default traffic distribution group
    When the traffic distribution group "default" is deleted in the source region
    Then the service answers with an 'invalid request' error
    And the traffic distribution group "default" is ACTIVE

  @TDG-06 @inferred @mutating
  Scenario: A group cannot be deleted from its replica region
    Given an active traffic distribution group "sales"
    When the traffic distribution group "sales" is deleted in the replica region
    Then the service answers with an 'invalid request' error
    And the traffic distribution group "sales" is ACTIVE

  @TDG-06 @mutating
  Scenario: A group that still holds numbers cannot be deleted
    Given an active traffic distribution group "sales"
    And a number "hotline" claimed to the traffic distribution group "sales"
    When the traffic distribution group "sales" is deleted in the source region
    Then the service answers with a 'resource in use' error
    And the traffic distribution group "sales" is ACTIVE
