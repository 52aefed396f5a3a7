@phone-numbers
Feature: Where a number can be claimed, found, listed and released
  A number belongs to the region it was claimed in. A number on a traffic distribution group is also seen from
  the group's replica region, but only by its full ARN. Unless a step says otherwise, a request is called in
  the source region.
  Sources: API reference for ClaimPhoneNumber, DescribePhoneNumber, ListPhoneNumbersV2,
  SearchAvailablePhoneNumbers and ReleasePhoneNumber; Administrator Guide page "Claim phone numbers to
  traffic distribution groups".

  Background:
    Given an instance replicated from the source region to the replica region
    And an active traffic distribution group "sales"

  @PN-08
  Rule: A number on a group is found by its id or its full ARN in the group's home region, only by its full ARN from the replica region

    @readonly
    Scenario Outline: A number on the group is looked up in <region> <reference>
      Given a number "hotline" claimed to the traffic distribution group "sales"
      When the number "hotline" is looked up in <region> <reference>
      Then the number "hotline" is shown

      Examples:
        | region             | reference       |
        | the source region  | by its id       |
        | the source region  | by its full ARN |
        | the replica region | by its full ARN |

    @readonly
    Scenario: From the replica region a number on the group is not found by its id
      Given a number "hotline" claimed to the traffic distribution group "sales"
      When the number "hotline" is looked up in the replica region by its id
      Then the service answers with a 'not found' error

  @PN-09
  Rule: A number is claimed in the region where its target was created, and only from the numbers on offer
    A claim called in another region, or of a number someone already holds, is an invalid parameter; for a number
    that is taken the message names the number ("not available").

    @mutating
    Scenario: A number is claimed to a group in the group's home region
      When a number "hotline" is claimed to the traffic distribution group "sales" by a call in the source region
      Then the request succeeds
      And the number "hotline" becomes CLAIMED

    @mutating
    Scenario: A claim to a group made in the replica region is refused
      When a number "hotline" is claimed to the traffic distribution group "sales" by a call in the replica region
      Then the service answers with an 'invalid parameter' error

    @mutating
    Scenario: A number that is already taken cannot be claimed
      Given a number "hotline" claimed to the instance
      When the phone number of "hotline" is claimed again to the traffic distribution group "sales"
      Then the service answers with an 'invalid parameter' error
      And the error names the phone number of "hotline"
      And the number "hotline" is on the instance

    @simulator-only
    Scenario: A number that is held by another account cannot be claimed
      Given another account holds a number "theirs"
      When the phone number of "theirs" is claimed again to the traffic distribution group "sales"
      Then the service answers with an 'invalid parameter' error
      And the error names the phone number of "theirs"

  @PN-10
  Rule: A number is released in the region it was claimed in, then rests for up to 180 days
    While it rests it can be neither found nor claimed. Claims plus releases within 180 days may not exceed twice
    the quota; we expect further claims to be blocked beyond that.

    @mutating
    Scenario: A number is released in the region it was claimed in
      Given a number "hotline" claimed to the traffic distribution group "sales"
      When the number "hotline", named by its id, is released by a call in the source region
      Then the request succeeds
      And the number "hotline" is eventually gone

    @mutating
    Scenario: A release called in the replica region is refused
      Given a number "hotline" claimed to the traffic distribution group "sales"
      When the number "hotline", named by its full ARN, is released by a call in the replica region
      Then the service answers with an 'invalid parameter' error
      And the number "hotline" is on the traffic distribution group "sales"

    @mutating
    Scenario: A released number rests: it is not offered
      Given a number "hotline" claimed to the traffic distribution group "sales"
      And the number "hotline" was released
      Then the phone number of "hotline" is not offered any more

    @mutating
    Scenario: A released number rests: it cannot be claimed
      Given a number "hotline" claimed to the traffic distribution group "sales"
      And the number "hotline" was released
      When the phone number of "hotline" is claimed again to the instance
      Then the service answers with an 'invalid parameter' error

    @simulator-only
    Scenario: After the rest period the number is offered again
      Given a number "hotline" claimed to the traffic distribution group "sales"
      And the number "hotline" was released 181 days ago
      Then the phone number of "hotline" is offered again

    @inferred @simulator-only
    Scenario: Claims and releases beyond twice the quota block further claims
      Given the instance takes at most 2 numbers
      And a number "first" claimed to the instance
      And the number "first" was released
      And a number "second" claimed to the instance
      And the number "second" was released
      When a number "third" is claimed to the instance by a call in the source region
      Then the claim of "third" does not leave a claimed number on the instance

  @PN-11
  Rule: The numbers of a group are listed in both regions, and only that group's; without a target the caller's numbers of the region called

    Background:
      Given a number "on-group" claimed to the traffic distribution group "sales"
      And a number "on-instance" claimed to the instance

    @readonly
    Scenario Outline: The numbers of a group are listed in <region>
      When the numbers of the traffic distribution group "sales" are listed in <region>
      Then the list holds the number "on-group"
      And the list does not hold the number "on-instance"

      Examples:
        | region             |
        | the source region  |
        | the replica region |

    @readonly
    Scenario: Without a target the caller's numbers of the region called are listed
      When the numbers are listed in the source region without a target
      Then the list holds the number "on-group"
      And the list holds the number "on-instance"

  @PN-12
  Rule: A client token makes a claim, move or release idempotent
    The same token with the same request returns the first answer and does nothing again; the same token with
    a different request is an idempotency error. That a request counts as "the same" by its content is our
    expectation.

    @inferred @mutating
    Scenario: Repeating a claim with the same token returns the first result and claims nothing more
      When a number "hotline" is claimed to the traffic distribution group "sales" with the token "claim-1"
      And the same request is sent again with the same token
      Then both answers name the same number
      And exactly 1 number is on the traffic distribution group "sales"

    @inferred @mutating
    Scenario: Reusing a token for a different request is refused
      When a number "hotline" is claimed to the traffic distribution group "sales" with the token "claim-1"
      And a number "other" is claimed to the traffic distribution group "sales" with the token "claim-1"
      Then the service answers with an 'idempotency' error
      And exactly 1 number is on the traffic distribution group "sales"

    @inferred @mutating
    Scenario: Repeating a move with the same token is answered like the first one
      Given a number "hotline" claimed to the instance
      When the number "hotline" is moved to the traffic distribution group "sales" with the token "move-1"
      And the same request is sent again with the same token
      Then both answers name the same number
      And the number "hotline" becomes CLAIMED
      And the number "hotline" is on the traffic distribution group "sales"

  @PN-16
  Rule: ListPhoneNumbers names a number by a legacy ARN under its instance, which TagResource does not take
    The older operation gives arn:aws:connect:<region>:<account>:instance/<instance-id>/phone-number/<id>;
    ListPhoneNumbersV2 gives the ARN every other operation takes.

    @readonly
    Scenario: ListPhoneNumbers gives the ARN under the instance, ListPhoneNumbersV2 the number's own ARN
      Given a number "hotline" claimed to the instance
      When the numbers of the instance are listed with the older ListPhoneNumbers
      Then the older list names the number "hotline" by its ARN under the instance
      When the numbers of the instance are listed in the source region
      Then the list names the number "hotline" by its full ARN

    @mutating
    Scenario: A number cannot be tagged by its ARN under the instance
      Given a number "hotline" claimed to the instance
      When the number "hotline" is tagged by its ARN under the instance
      Then the service answers with a 'not found' error
