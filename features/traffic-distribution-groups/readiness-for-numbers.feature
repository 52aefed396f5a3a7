@traffic-distribution-groups
Feature: Numbers go only to an active traffic distribution group
  Numbers are claimed to a traffic distribution group, or moved onto one, only once the group is ready; the way
  to check is to describe the group.
  Sources: Administrator Guide pages "Assign claimed phone numbers to traffic distribution groups" and
  "Claim phone numbers to traffic distribution groups".

  Background:
    Given an instance replicated from the source region to the replica region

  @TDG-01
  Rule: A group must be ACTIVE before numbers are claimed or moved to it; until then it is "not found"
    While it is still being created the group does not count as a target at all.

    @mutating
    Scenario: A number can be claimed to a group once it is ACTIVE
      Given an active traffic distribution group "sales"
      When a number "hotline" is claimed to the traffic distribution group "sales" by a call in the source region
      Then the request succeeds
      And the number "hotline" becomes CLAIMED
      And the number "hotline" is on the traffic distribution group "sales"

    @mutating
    Scenario: Claiming to a group that is still being created is refused as not found
      Given a traffic distribution group "sales" that is still being created
      When a number "hotline" is claimed to the traffic distribution group "sales" by a call in the source region
      Then the service answers with a 'not found' error

    @PN-03 @mutating
    Scenario: Moving a number to a group that is still being created is refused as not found
      Given a number "hotline" claimed to the instance
      And a traffic distribution group "sales" that is still being created
      When the number "hotline" is moved to the traffic distribution group "sales"
      Then the service answers with a 'not found' error
      And the number "hotline" is on the instance
