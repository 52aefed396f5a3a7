Feature: Changes are undone even when a scenario fails
  Only for AwsTargetIT: proves the suite's restore on a real-account style target.

  @mutating
  Scenario: A scenario that claimed a number and created a group fails
    Given an instance replicated from the source region to the replica region
    And an active traffic distribution group "doomed"
    And a number "doomed line" claimed to the instance
    Then the scenario fails on purpose
