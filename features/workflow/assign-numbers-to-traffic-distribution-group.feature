@workflow
Feature: The documented workflow: claimed numbers onto a traffic distribution group, with flows in both regions
  The example workflow of the guide, end to end.
  Source: Administrator Guide page "Assign claimed phone numbers to traffic distribution groups".

  @WF-01
  Rule: Numbers claimed to the instance are moved onto an ACTIVE group and connected to flows in both regions
    The group is ACTIVE; the numbers are moved onto it one by one; then, in the home region and again in the
    replica region (by full ARN there), the flows of the replicated instance are listed and one is associated
    with each number. At the end every number is CLAIMED on the group and reaches a flow in both regions.

    @mutating
    Scenario: Two claimed numbers are moved onto the group and wired to flows in both regions
      Given an instance replicated from the source region to the replica region
      And an active traffic distribution group "global"
      And the traffic distribution group "global" is ACTIVE
      And these numbers claimed to the instance:
        | sales line   |
        | service line |
      When every number is moved to the traffic distribution group "global"
      And every number becomes CLAIMED
      And a flow of the instance, listed in the source region, is associated with every number there by its id
      And a flow of the instance, listed in the replica region, is associated with every number there by its full ARN
      Then the request succeeds
      And every number is on the traffic distribution group "global"
      And every number, looked up in the replica region by its full ARN, is CLAIMED on the traffic distribution group "global"
      And every number has a flow in the source region
      And every number has a flow in the replica region
