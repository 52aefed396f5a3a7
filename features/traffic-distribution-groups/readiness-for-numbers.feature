@traffic-distribution-groups
Feature: Numbers go only to an active traffic distribution group
  Before numbers can be claimed to a traffic distribution group or moved onto it, the group must be ACTIVE;
  the way to check is to describe the group. While it is still being created it does not count as a target
  at all: the service answers "not found".
  Sources: Administrator Guide pages "Assign claimed phone numbers to traffic distribution groups" and
  "Claim phone numbers to traffic distribution groups".

  Background:
    Given an instance replicated from the source region to the replica region

  @TDG-01 @mutating
  Scenario: A number can be claimed to a group once it is ACTIVE
    Given an active traffic distribution group "sales"
    When a number "hotline" is claimed to the traffic distribution group "sales" by a call in the source region
    Then the request succeeds
    And the number "hotline" becomes CLAIMED
    And the number "hotline" is on the traffic distribution group "sales"

  @TDG-01 @mutating @isolated
  Scenario: Claiming to a group that is still being created is refused as not found
    Given a traffic distribution group "sales" that is still being created
    When a number "hotline" is claimed to the traffic distribution group "sales" by a call in the source region
    Then the service answers with a 'not found' error

  @TDG-01 @PN-03 @mutating @isolated
  Scenario: Moving a number to a group that is still being created is refused as not found
    Given a number "hotline" claimed to the instance
    And a traffic distribution group "sales" that is still being created
    When the number "hotline" is moved to the traffic distribution group "sales"
    Then the service answers with a 'not found' error
    And the number "hotline" is on the instance
