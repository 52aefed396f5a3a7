@phone-numbers
Feature: Moving a claimed number onto a traffic distribution group
  A number already claimed to an instance is moved onto a traffic distribution group by updating its target
  to the group's ARN. The service answers at once with the number's id and ARN; while the move runs the number
  is IN_PROGRESS, afterwards it is CLAIMED with the group as its target. The new target, an instance or a
  group, has to live in the region the number was first claimed in, and the call has to be made in the
  region the group was created in. A group that does not exist, is not ACTIVE, or belongs to someone else
  counts as "not found". A move must name a target.
  Sources: Administrator Guide pages "Assign claimed phone numbers to traffic distribution groups" and
  "Claim phone numbers to traffic distribution groups"; API reference for UpdatePhoneNumber.

  Background:
    Given an instance replicated from the source region to the replica region
    And an active traffic distribution group "sales"
    And a number "hotline" claimed to the instance

  @PN-01 @mutating @isolated
  Scenario: The move is answered at once and completes on the group
    When the number "hotline" is moved to the traffic distribution group "sales"
    Then the answer names the number "hotline" by its id and its ARN
    And the number "hotline" is IN_PROGRESS
    And the number "hotline" becomes CLAIMED
    And the number "hotline" is on the traffic distribution group "sales"

  @PN-02 @simulator-only
  Scenario: A number can move to another instance of the same region
    Given a second active instance in the source region
    When the number "hotline" is moved to the second instance
    Then the request succeeds
    And the number "hotline" becomes CLAIMED
    And the number "hotline" is on the second instance

  @PN-02 @simulator-only
  Scenario: A number cannot move to an instance of another region
    Given a second active instance in the replica region
    When the number "hotline" is moved to the second instance
    Then the service answers with an 'invalid parameter' error
    And the number "hotline" is on the instance

  @PN-02 @PN-04 @simulator-only
  Scenario: A number cannot move to a group created in another region
    Given a traffic distribution group "west" created in the replica region for another replicated instance
    When the number "hotline" is moved to the traffic distribution group "west"
    Then the service answers with an 'invalid parameter' error
    And the number "hotline" is on the instance

  @PN-03 @mutating
  Scenario: Moving to a group that does not exist is refused as not found
    When the number "hotline" is moved to a traffic distribution group that does not exist
    Then the service answers with a 'not found' error
    And the number "hotline" is on the instance

  @PN-03 @mutating
  Scenario: Moving to a group of another account is refused as not found
    Given another account with an active traffic distribution group "theirs"
    When the number "hotline" is moved to the traffic distribution group "theirs"
    Then the service answers with a 'not found' error
    And the number "hotline" is on the instance

  @PN-04 @mutating
  Scenario: A move called in the replica region is refused as an invalid parameter
    Given a number "support" claimed to the traffic distribution group "sales"
    When the number "support" is moved to the traffic distribution group "sales" by a call in the replica region
    Then the service answers with an 'invalid parameter' error
    And the number "support" is on the traffic distribution group "sales"

  @PN-05 @mutating
  Scenario: A move that names no target is refused
    When the number "hotline" is moved without naming a target
    Then the service answers with an 'invalid parameter' error
    And the number "hotline" is on the instance

  @PN-05 @mutating
  Scenario: A claim that names no target is refused
    When an available number is claimed without naming a target
    Then the service answers with an 'invalid parameter' error
    And no number has been claimed by that request
