@traffic-distribution-groups
Feature: Traffic distribution group lifecycle
  A traffic distribution group (TDG) spreads the telephony of a replicated instance over its two regions. Its
  status says whether it can be used: it is created, changed and deleted asynchronously.
  Sources: Administrator Guide pages "Create traffic distribution groups", "Delete traffic distribution
  groups" and "Set up Amazon Connect Global Resiliency"; API reference for CreateTrafficDistributionGroup,
  DeleteTrafficDistributionGroup and UpdateTrafficDistribution.

  @TDG-02
  Rule: Creating, deleting and changing a group pass through a transitional status before they settle
    Creating one: CREATION_IN_PROGRESS, then ACTIVE or CREATION_FAILED. Deleting one: PENDING_DELETION, then gone
    or DELETION_FAILED. Changing its traffic split: UPDATE_IN_PROGRESS and, we expect, back to ACTIVE.

    Background:
      Given an instance replicated from the source region to the replica region

    @mutating
    Scenario: A new group is being created at first and becomes ACTIVE
      When a traffic distribution group "sales" is created in the source region
      Then the traffic distribution group "sales" is CREATION_IN_PROGRESS
      And the traffic distribution group "sales" becomes ACTIVE

    @mutating
    Scenario: A deleted group is pending deletion at first and then disappears
      Given an active traffic distribution group "sales"
      When the traffic distribution group "sales" is deleted in the source region
      Then the request succeeds
      And the traffic distribution group "sales" is PENDING_DELETION
      And the traffic distribution group "sales" is eventually gone

    @simulator-only
    Scenario: A creation that fails while it runs ends CREATION_FAILED
      Given the service will let the next creation of a traffic distribution group fail while it runs
      When a traffic distribution group "sales" is created in the source region
      Then the request succeeds
      And the traffic distribution group "sales" becomes CREATION_FAILED

    @simulator-only
    Scenario: A deletion that fails while it runs ends DELETION_FAILED
      Given an active traffic distribution group "sales"
      And the service will let the next deletion of a traffic distribution group fail while it runs
      When the traffic distribution group "sales" is deleted in the source region
      Then the request succeeds
      And the traffic distribution group "sales" becomes DELETION_FAILED

    @inferred @mutating
    Scenario: Changing the traffic split puts the group in update and then back to ACTIVE
      Given an active traffic distribution group "sales"
      When the telephony traffic of the traffic distribution group "sales" is split:
        | region             | share |
        | the source region  | 70%   |
        | the replica region | 30%   |
      Then the request succeeds
      And the traffic distribution group "sales" is UPDATE_IN_PROGRESS
      And the traffic distribution group "sales" becomes ACTIVE

  @TDG-03
  Rule: A group is made only for a replicated instance, and only in the instance's source region
    Otherwise the request is an invalid request.

    @simulator-only
    Scenario: A group cannot be made for an instance that has no replica
      Given an active instance in the source region
      When a traffic distribution group "lonely" is created in the source region
      Then the service answers with an 'invalid request' error

    @mutating
    Scenario: A group cannot be made in the replica region of the instance
      Given an instance replicated from the source region to the replica region
      When a traffic distribution group "backwards" is created in the replica region
      Then the service answers with an 'invalid request' error

  @TDG-04
  Rule: Replication makes a default group; only it takes a changed sign-in split, and it cannot be deleted
    Another group refuses a sign-in split as an invalid request. Deleting the default group is refused; the
    documentation does not say with which error, we expect an invalid request.

    Background:
      Given an instance replicated from the source region to the replica region

    @readonly
    Scenario: Replication gave the instance an active default group
      Given the default traffic distribution group
      When the traffic distribution group "default" is described in the source region by its full ARN
      Then the answer marks it as the default group
      And the traffic distribution group "default" becomes ACTIVE

    @mutating
    Scenario: The default group accepts a changed sign-in split
      Given the default traffic distribution group
      When sign-in of the traffic distribution group "default" is enabled in the source region and disabled in the replica region
      Then the request succeeds

    @mutating
    Scenario: A group that is not the default refuses a changed sign-in split
      Given an active traffic distribution group "sales"
      When sign-in of the traffic distribution group "sales" is enabled in the source region and disabled in the replica region
      Then the service answers with an 'invalid request' error

    @inferred @mutating
    Scenario: The default group cannot be deleted
      Given the default traffic distribution group
      When the traffic distribution group "default" is deleted in the source region
      Then the service answers with an 'invalid request' error
      And the traffic distribution group "default" is ACTIVE

  @TDG-06
  Rule: A group is deleted only in its home region, and not while numbers are still claimed to it
    From the replica region the deletion is refused (we expect an invalid request); a group that holds numbers
    is "in use".

    Background:
      Given an instance replicated from the source region to the replica region
      And an active traffic distribution group "sales"

    @inferred @mutating
    Scenario: A group cannot be deleted from its replica region
      When the traffic distribution group "sales" is deleted in the replica region
      Then the service answers with an 'invalid request' error
      And the traffic distribution group "sales" is ACTIVE

    @mutating
    Scenario: A group that still holds numbers cannot be deleted
      Given a number "hotline" claimed to the traffic distribution group "sales"
      When the traffic distribution group "sales" is deleted in the source region
      Then the service answers with a 'resource in use' error
      And the traffic distribution group "sales" is ACTIVE

  @TDG-11
  Rule: A group cannot be made while the instance's replication is still in progress
    The service answers that the resource is not ready (409), so the caller tries again once replication is
    complete. The API reference lists the error; that replication in progress triggers it is our expectation.

    @simulator-only @inferred
    Scenario: A group requested before the replica is ready is refused as not ready
      Given an active instance in the source region
      When the instance is replicated to the replica region
      And a traffic distribution group "too-early" is created in the source region
      Then the service answers with a 'resource not ready' error
