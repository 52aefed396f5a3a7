@flows
Feature: Connecting numbers on a traffic distribution group to flows in both regions
  Calls only reach a flow when the number is associated with one. For a number on a traffic distribution group
  the flows of the replicated instance are listed by the instance's id in a region, and one of them is
  associated with the number there. Each association step says how it names the number.
  Sources: Administrator Guide pages "Assign claimed phone numbers to traffic distribution groups" and "Set
  up Amazon Connect Global Resiliency"; API reference for AssociatePhoneNumberContactFlow,
  DisassociatePhoneNumberContactFlow, ListFlowAssociations and UpdatePhoneNumber.

  Background:
    Given an instance replicated from the source region to the replica region
    And an active traffic distribution group "sales"
    And a number "hotline" claimed to the traffic distribution group "sales"

  @CF-01
  Rule: A number is connected to a flow in each region the group is active in, with a flow listed there

    @mutating
    Scenario: A flow listed in each region is associated with the number in that region
      When a flow of the instance, listed in the source region, is associated with the number "hotline" there by its full ARN
      And a flow of the instance, listed in the replica region, is associated with the number "hotline" there by its full ARN
      Then the request succeeds
      And the number "hotline" has a flow in the source region
      And the number "hotline" has a flow in the replica region

  @CF-02
  Rule: In the group's home region the number is named by its id or by its full ARN

    @mutating
    Scenario Outline: In the home region the number is associated <reference>
      When a flow of the instance, listed in the source region, is associated with the number "hotline" there <reference>
      Then the request succeeds
      And the number "hotline" has a flow in the source region

      Examples:
        | reference       |
        | by its id       |
        | by its full ARN |

  @CF-03
  Rule: In the replica region the number is named by its full ARN; an id is "not found"
    This holds for associating a flow and for removing the association.

    @mutating
    Scenario: In the replica region the number is associated by its full ARN
      When a flow of the instance, listed in the replica region, is associated with the number "hotline" there by its full ARN
      Then the request succeeds
      And the number "hotline" has a flow in the replica region

    @mutating
    Scenario: In the replica region the number is not found by its id for an association
      When a flow of the instance, listed in the replica region, is associated with the number "hotline" there by its id
      Then the service answers with a 'not found' error

    @mutating
    Scenario: In the replica region the association is removed by the number's full ARN
      Given a flow of the instance, listed in the replica region, is associated with the number "hotline" there by its full ARN
      When the flow association of the number "hotline" is removed in the replica region by its full ARN
      Then the request succeeds
      And the number "hotline" has no flow in the replica region

    @mutating
    Scenario: In the replica region the number is not found by its id for removing the association
      Given a flow of the instance, listed in the replica region, is associated with the number "hotline" there by its full ARN
      When the flow association of the number "hotline" is removed in the replica region by its id
      Then the service answers with a 'not found' error

  @CF-04
  Rule: An association shows in both regions; associating in both regions, as the example workflow does, succeeds too
    The current guide says an association is mirrored between the linked instances.

    @mutating
    Scenario: An association made in the home region is visible in both regions
      When a flow of the instance, listed in the source region, is associated with the number "hotline" there by its full ARN
      Then the number "hotline" has a flow in the source region
      And the number "hotline" has a flow in the replica region
      And a batch lookup of the number "hotline" in the replica region finds its flow

    @mutating
    Scenario: Associating in both regions, as the example workflow does, succeeds
      When a flow of the instance, listed in the source region, is associated with the number "hotline" there by its full ARN
      And a flow of the instance, listed in the replica region, is associated with the number "hotline" there by its full ARN
      Then the request succeeds
      And a batch lookup of the number "hotline" in the source region finds its flow

  @CF-05
  Rule: Moving a number moves only the number: its flow association stays behind and is made again on the new target

    Background:
      Given a number "desk" claimed to the instance
      And a flow of the instance, listed in the source region, is associated with the number "desk" there by its id

    @mutating
    Scenario: A moved number leaves its flow association behind
      When the number "desk" is moved to the traffic distribution group "sales"
      And the number "desk" becomes CLAIMED
      Then the number "desk" has no flow in the source region

    @mutating
    Scenario: A moved number is associated with a flow again on its new target
      Given the number "desk" is moved to the traffic distribution group "sales"
      And the number "desk" becomes CLAIMED
      When a flow of the instance, listed in the source region, is associated with the number "desk" there by its id
      Then the request succeeds
      And the number "desk" has a flow in the source region
