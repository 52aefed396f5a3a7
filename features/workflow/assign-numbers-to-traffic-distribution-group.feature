@workflow
Feature: The documented workflow: claimed numbers onto a traffic distribution group, with flows in both regions
  The example workflow of the guide, end to end: a traffic distribution group is ACTIVE; numbers already
  claimed to the instance are moved onto it one by one; then, in the home region and again in the replica
  region, the flows of the replicated instance are listed and associated with each number (by full ARN in
  the replica region). At the end every number is CLAIMED on the group and reaches a flow in both regions.
  Source: Administrator Guide page "Assign claimed phone numbers to traffic distribution groups".

  @WF-01 @mutating
  Scenario: Two claimed numbers are moved onto the group and wired to flows in both regions
    Given an instance replicated from the source region to the replica region
    And an active traffic distribution group "global"
    And the traffic distribution group "global" is confirmed ACTIVE
    And a number "sales line" claimed to the instance
    And a number "service line" claimed to the instance
    When every number is moved to the traffic distribution group "global"
    And every number becomes CLAIMED
    And in the source region the flows of the instance are listed and one is associated with every number
    And in the replica region the flows of the instance are listed and one is associated with every number by its full ARN
    Then every number is CLAIMED on the traffic distribution group "global"
    And every number has a flow in the source region and in the replica region
