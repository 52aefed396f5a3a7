@phone-numbers
Feature: Where a number can be claimed, found, listed and released
  A number is claimed in the region where its target (instance or traffic distribution group) was created,
  and only from the numbers on offer: a number someone already holds cannot be claimed. A number on a
  traffic distribution group can be looked up by id or ARN in the group's home region, but only by full ARN
  from the replica region. Listing the numbers of a group works in both regions and shows only that group's
  numbers; listing without a target shows the caller's numbers of the region called. A number is released
  in the region it was claimed in; a released number then rests for up to 180 days, during which it can be
  neither found nor claimed, and claims plus releases within 180 days may not exceed twice the quota.
  Sources: API reference for ClaimPhoneNumber, DescribePhoneNumber, ListPhoneNumbersV2,
  SearchAvailablePhoneNumbers and ReleasePhoneNumber; Administrator Guide page "Claim phone numbers to
  traffic distribution groups".

  Background:
    Given an instance replicated from the source region to the replica region
    And an active traffic distribution group "sales"

  @PN-08 @readonly
  Scenario Outline: Looking up a number on the group by <reference> in <region>
    Given a number "hotline" claimed to the traffic distribution group "sales"
    When the number "hotline" is looked up in <region> by <reference>
    Then <outcome>

    Examples:
      | reference | region             | outcome                                      |
      | its id    | the source region  | the number "hotline" is shown                |
      | its ARN   | the source region  | the number "hotline" is shown                |
      | its ARN   | the replica region | the number "hotline" is shown                |
      | its id    | the replica region | the service answers with a 'not found' error |

  @PN-09 @mutating
  Scenario: A number is claimed to a group in the group's home region
    When a number "hotline" is claimed to the traffic distribution group "sales" by a call in the source region
    Then the request succeeds
    And the number "hotline" becomes CLAIMED

  @PN-09 @mutating
  Scenario: A claim to a group made in the replica region is refused
    When a number "hotline" is claimed to the traffic distribution group "sales" by a call in the replica region
    Then the service answers with an 'invalid parameter' error

  @PN-09 @mutating
  Scenario: A number that is already taken cannot be claimed
    Given a number "hotline" claimed to the instance
    When the same phone number as "hotline" is claimed again to the traffic distribution group "sales"
    Then the service answers with an 'invalid parameter' error
    And the number "hotline" is on the instance

  @PN-09 @simulator-only
  Scenario: A number that is held by another account cannot be claimed
    Given another account holds a number "theirs"
    When the same phone number as "theirs" is claimed again to the traffic distribution group "sales"
    Then the service answers with an 'invalid parameter' error

  @PN-10 @mutating
  Scenario: A number is released in the region it was claimed in
    Given a number "hotline" claimed to the traffic distribution group "sales"
    When the number "hotline" is released by a call in the source region
    Then the request succeeds
    And the number "hotline" is eventually gone

  @PN-10 @mutating
  Scenario: A release called in the replica region is refused
    Given a number "hotline" claimed to the traffic distribution group "sales"
    When the number "hotline" is released by a call in the replica region
    Then the service answers with an 'invalid parameter' error
    And the number "hotline" is on the traffic distribution group "sales"

  @PN-10 @mutating
  Scenario: A released number rests: it can be neither found nor claimed
    Given a number "hotline" claimed to the traffic distribution group "sales"
    When the number "hotline" is released by a call in the source region
    And the number "hotline" is eventually gone
    Then the phone number of "hotline" is not offered any more
    And claiming the phone number of "hotline" again is refused with an 'invalid parameter' error

  @PN-10 @simulator-only
  Scenario: After the rest period the number is offered again
    Given a number "hotline" claimed to the traffic distribution group "sales"
    And the number "hotline" was released 181 days ago
    Then the phone number of "hotline" is offered again

  @PN-10 @inferred @simulator-only
  Scenario: Claims and releases beyond twice the quota block further claims
    Given the instance takes at most 2 numbers
    And a number "first" claimed to the instance
    And the number "first" was released
    And a number "second" claimed to the instance
    And the number "second" was released
    When a number "third" is claimed to the instance
    Then the claim of "third" does not leave a claimed number on the instance

  @PN-11 @readonly
  Scenario Outline: The numbers of a group are listed in <region>
    Given a number "on-group" claimed to the traffic distribution group "sales"
    And a number "on-instance" claimed to the instance
    When the numbers of the traffic distribution group "sales" are listed in <region>
    Then the list holds the number "on-group"
    And the list does not hold the number "on-instance"

    Examples:
      | region             |
      | the source region  |
      | the replica region |

  @PN-11 @readonly
  Scenario: Without a target the caller's numbers of the region called are listed
    Given a number "on-group" claimed to the traffic distribution group "sales"
    And a number "on-instance" claimed to the instance
    When the numbers are listed in the source region without a target
    Then the list holds the number "on-group"
    And the list holds the number "on-instance"

  @PN-12 @inferred @mutating
  Scenario: Repeating a claim with the same token returns the first result and claims nothing more
    When a number "hotline" is claimed to the traffic distribution group "sales" with the token "claim-1"
    And the same claim is sent again with the token "claim-1"
    Then both answers name the same number
    And exactly one number is on the traffic distribution group "sales"

  @PN-12 @inferred @mutating
  Scenario: Reusing a token for a different request is refused
    When a number "hotline" is claimed to the traffic distribution group "sales" with the token "claim-1"
    And a different number is claimed with the token "claim-1"
    Then the service answers with an 'idempotency' error
    And exactly one number is on the traffic distribution group "sales"

  @PN-12 @inferred @mutating
  Scenario: Repeating a move with the same token is answered like the first one
    Given a number "hotline" claimed to the instance
    When the number "hotline" is moved to the traffic distribution group "sales" with the token "move-1"
    And the same move is sent again with the token "move-1"
    Then both answers name the same number
    And the number "hotline" becomes CLAIMED
    And the number "hotline" is on the traffic distribution group "sales"
