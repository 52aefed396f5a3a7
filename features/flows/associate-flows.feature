@flows
Feature: Connecting numbers on a traffic distribution group to flows in both regions
  Calls only reach a flow when the number is associated with one. For a number on a traffic distribution
  group this is done in both regions the group is active in: list the flows of the replicated instance by its
  id, then associate one of them with the number. In the group's home region the number may be named by id
  or full ARN; in the replica region only the full ARN works and an id is "not found" - for associating and
  for removing an association alike. The association shows up in both regions. Moving a number moves only
  the number: its flow association stays behind and has to be made again on the new target.
  Sources: Administrator Guide pages "Assign claimed phone numbers to traffic distribution groups" and "Set
  up Amazon Connect Global Resiliency"; API reference for AssociatePhoneNumberContactFlow,
  DisassociatePhoneNumberContactFlow, ListFlowAssociations and UpdatePhoneNumber.

  Background:
    Given an instance replicated from the source region to the replica region
    And an active traffic distribution group "sales"
    And a number "hotline" claimed to the traffic distribution group "sales"

  @CF-01 @mutating
  Scenario: A flow listed in each region is associated with the number in that region
    When a flow of the instance listed in the source region is associated with "hotline" in the source region by its ARN
    And a flow of the instance listed in the replica region is associated with "hotline" in the replica region by its ARN
    Then the request succeeds
    And the number "hotline" has a flow in the source region
    And the number "hotline" has a flow in the replica region

  @CF-02 @mutating
  Scenario Outline: In the home region the number may be named by <reference>
    When a flow of the instance listed in the source region is associated with "hotline" in the source region by <reference>
    Then the request succeeds
    And the number "hotline" has a flow in the source region

    Examples:
      | reference |
      | its id    |
      | its ARN   |

  @CF-03 @mutating
  Scenario Outline: In the replica region associating by <reference> is <result>
    When a flow of the instance listed in the replica region is associated with "hotline" in the replica region by <reference>
    Then <outcome>

    Examples:
      | reference | result    | outcome                                                |
      | its ARN   | accepted  | the number "hotline" has a flow in the replica region  |
      | its id    | not found | the service answers with a 'not found' error           |

  @CF-03 @mutating
  Scenario Outline: In the replica region removing the association by <reference> is <result>
    Given a flow of the instance listed in the replica region is associated with "hotline" in the replica region by its ARN
    When the flow association of "hotline" is removed in the replica region by <reference>
    Then <outcome>

    Examples:
      | reference | result    | outcome                                                  |
      | its ARN   | accepted  | the number "hotline" has no flow in the replica region    |
      | its id    | not found | the service answers with a 'not found' error             |

  @CF-04 @mutating
  Scenario: An association made in the home region is visible in both regions
    When a flow of the instance listed in the source region is associated with "hotline" in the source region by its ARN
    Then the number "hotline" has a flow in the source region
    And the number "hotline" has a flow in the replica region
    And a batch lookup of "hotline" in the replica region finds its flow

  @CF-04 @mutating
  Scenario: Associating in both regions, as the example workflow does, succeeds
    When a flow of the instance listed in the source region is associated with "hotline" in the source region by its ARN
    And a flow of the instance listed in the replica region is associated with "hotline" in the replica region by its ARN
    Then the request succeeds
    And a batch lookup of "hotline" in the source region finds its flow

  @CF-05 @mutating
  Scenario: A moved number leaves its flow association behind
    Given a number "desk" claimed to the instance
    And a flow of the instance listed in the source region is associated with "desk" in the source region by its id
    When the number "desk" is moved to the traffic distribution group "sales"
    And the number "desk" becomes CLAIMED
    Then the number "desk" has no flow in the source region
    And a flow of the instance listed in the source region can be associated with "desk" again
