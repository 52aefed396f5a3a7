@readiness
Feature: Readiness of an account for moving numbers onto a traffic distribution group
  What a team checks before it migrates numbers, without changing anything: the group exists and is ACTIVE
  from both regions; every number already on it is CLAIMED and visible by ARN in both regions, with a flow in
  both regions; its telephony split names both regions and adds up to a hundred; and the numbers the plan
  still has to move are CLAIMED and fit under the group's limit. On a real account the group, the numbers and
  the plan come from the configuration file; on the simulator from a prepared account.
  Sources: Administrator Guide pages "Assign claimed phone numbers to traffic distribution groups", "Update
  telephony traffic distribution" and the service quotas page.

  Background:
    Given the traffic distribution group of the migration plan

  @RD-01 @readonly
  Scenario: The group exists and is ACTIVE in both regions
    Then the group is ACTIVE when described in the source region
    And the group is ACTIVE when described in the replica region by its ARN

  @RD-02 @readonly
  Scenario: Every number on the group is CLAIMED and visible in both regions
    Then every number on the group is CLAIMED
    And every number on the group can be looked up by ARN in the source region and in the replica region

  @RD-03 @readonly
  Scenario: Every number on the group has a flow in both regions
    Then every number on the group has a flow in the source region and in the replica region

  @RD-04 @readonly
  Scenario: The telephony split covers both regions and adds up to a hundred
    Then the telephony split of the group names the source region and the replica region
    And its shares add up to 100

  @RD-05 @readonly
  Scenario: The numbers still to move are CLAIMED and fit on the group
    Then every number the plan still has to move is CLAIMED
    And the group has room for them under its limit
