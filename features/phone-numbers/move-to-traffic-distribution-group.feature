@phone-numbers
Feature: Moving a claimed number onto a traffic distribution group
  A number already claimed to an instance is moved onto a traffic distribution group by updating its target to
  the group's ARN (UpdatePhoneNumber). Unless a step says otherwise, the move is called in the source region and
  names the number by its id.
  Sources: Administrator Guide pages "Assign claimed phone numbers to traffic distribution groups" and
  "Claim phone numbers to traffic distribution groups"; API reference for UpdatePhoneNumber.

  Background:
    Given an instance replicated from the source region to the replica region
    And an active traffic distribution group "sales"
    And a number "hotline" claimed to the instance

  @PN-01
  Rule: A move to a group's ARN is answered at once; the number is IN_PROGRESS, then CLAIMED on the group
    The answer names the number by its id and its ARN.

    @mutating
    Scenario: The move is answered at once and completes on the group
      When the number "hotline" is moved to the traffic distribution group "sales"
      Then the answer names the number "hotline" by its id and its ARN
      And the number "hotline" is IN_PROGRESS
      And the number "hotline" becomes CLAIMED
      And the number "hotline" is on the traffic distribution group "sales"

  @PN-02
  Rule: The new target, an instance or a group, must be in the region where the number was first claimed
    Otherwise the move is refused as an invalid parameter and the number stays where it was.

    @simulator-only
    Scenario: A number can move to another instance of the same region
      Given a second active instance in the source region
      When the number "hotline" is moved to the second instance
      Then the request succeeds
      And the number "hotline" becomes CLAIMED
      And the number "hotline" is on the second instance

    @simulator-only
    Scenario: A number cannot move to an instance of another region
      Given a second active instance in the replica region
      When the number "hotline" is moved to the second instance
      Then the service answers with an 'invalid parameter' error
      And the number "hotline" is on the instance

    @PN-04 @simulator-only
    Scenario: A number cannot move to a group created in another region
      Given a traffic distribution group "west" created in the replica region for another replicated instance
      When the number "hotline" is moved to the traffic distribution group "west"
      Then the service answers with an 'invalid parameter' error
      And the number "hotline" is on the instance

  @PN-03
  Rule: A target group that does not exist, is not ACTIVE, or belongs to another account is "not found"
    Three separate cases; the group that is not ACTIVE yet is in "Numbers go only to an active traffic
    distribution group". The number stays where it was.

    @mutating
    Scenario: Moving to a group that does not exist is refused as not found
      When the number "hotline" is moved to a traffic distribution group that does not exist
      Then the service answers with a 'not found' error
      And the number "hotline" is on the instance

    @mutating
    Scenario: Moving to a group of another account is refused as not found
      Given another account with an active traffic distribution group "theirs"
      When the number "hotline" is moved to the traffic distribution group "theirs"
      Then the service answers with a 'not found' error
      And the number "hotline" is on the instance

  @PN-04
  Rule: A move is called in the region where the target group was created
    Called from another region it is refused as an invalid parameter, even with the number named by its full
    ARN.

    @mutating
    Scenario: A move called in the replica region is refused as an invalid parameter
      Given a number "support" claimed to the traffic distribution group "sales"
      When the number "support", named by its full ARN, is moved to the traffic distribution group "sales" by a call in the replica region
      Then the service answers with an 'invalid parameter' error
      And the number "support" is on the traffic distribution group "sales"

  @PN-05
  Rule: A claim or a move names its target; without one it is refused as an invalid parameter

    @mutating
    Scenario: A move that names no target is refused
      When the number "hotline" is moved without naming a target
      Then the service answers with an 'invalid parameter' error
      And the number "hotline" is on the instance

    @mutating
    Scenario: A claim that names no target is refused
      When an available number is claimed without naming a target
      Then the service answers with an 'invalid parameter' error
      And no number has been claimed by that request
