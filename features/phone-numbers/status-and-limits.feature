@phone-numbers
Feature: What a number's status says, and the limit of numbers per target
  Claiming, moving and describing a number are asynchronous: the number's status says how the last of them
  went. A target takes only so many numbers.
  Sources: Administrator Guide pages "Assign claimed phone numbers to traffic distribution groups" and the
  service quotas page; API reference for ClaimPhoneNumber, UpdatePhoneNumber, UpdatePhoneNumberMetadata and
  DescribePhoneNumber.

  Background:
    Given an instance replicated from the source region to the replica region
    And an active traffic distribution group "sales"

  @PN-06
  Rule: CLAIMED means the last claim or move succeeded, IN_PROGRESS that it still runs, FAILED that it failed
    A FAILED number carries a message saying why. Further changes need the number CLAIMED: while its last change
    still runs it is "in use".

    @mutating
    Scenario: A fresh claim is IN_PROGRESS and then CLAIMED
      When a number "hotline" is claimed to the traffic distribution group "sales" by a call in the source region
      Then the number "hotline" is IN_PROGRESS
      And the number "hotline" becomes CLAIMED

    @mutating
    Scenario: The description of a number whose claim is still running cannot be changed
      Given a number "hotline" that is still being claimed to the instance
      When the description of the number "hotline" is changed to "Front desk"
      Then the service answers with a 'resource in use' error

  @PN-07
  Rule: A claim or move beyond the target's limit is accepted, and the number then shows FAILED naming the limit
    The quota "phone numbers per instance" applies to instances and groups alike; it is five by default and
    can be raised. After a failed move the number stays on its previous target (our expectation).

    @PN-06 @simulator-only
    Scenario: A move beyond the limit is accepted and then FAILED with a reason
      Given the traffic distribution group "sales" takes at most 1 number
      And a number "first" claimed to the traffic distribution group "sales"
      And a number "second" claimed to the instance
      When the number "second" is moved to the traffic distribution group "sales"
      Then the request succeeds
      And the number "second" becomes FAILED
      And the status message of the number "second" mentions the limit

    @inferred @simulator-only
    Scenario: After a failed move the number stays on its previous target
      Given the traffic distribution group "sales" takes at most 1 number
      And a number "first" claimed to the traffic distribution group "sales"
      And a number "second" claimed to the instance
      When the number "second" is moved to the traffic distribution group "sales"
      Then the number "second" becomes FAILED
      And the number "second" is on the instance

    @simulator-only
    Scenario: A claim beyond the limit is accepted and then FAILED with a reason
      Given the traffic distribution group "sales" takes at most 1 number
      And a number "first" claimed to the traffic distribution group "sales"
      When a number "second" is claimed to the traffic distribution group "sales" by a call in the source region
      Then the request succeeds
      And the number "second" becomes FAILED
      And the status message of the number "second" mentions the limit

    @simulator-only
    Scenario: By default a target takes five numbers
      Given 5 numbers claimed to the traffic distribution group "sales"
      When a number "sixth" is claimed to the traffic distribution group "sales" by a call in the source region
      Then the number "sixth" becomes FAILED
      And the status message of the number "sixth" mentions the limit

    @simulator-only
    Scenario: A raised limit lets more numbers in
      Given the traffic distribution group "sales" takes at most 6 numbers
      And 5 numbers claimed to the traffic distribution group "sales"
      When a number "sixth" is claimed to the traffic distribution group "sales" by a call in the source region
      Then the number "sixth" becomes CLAIMED

  @PN-15
  Rule: A FAILED claim can be retried for a day; then its record is gone and the number is back on offer
    Within that day a claim of the same number to a target with room succeeds. A FAILED claim holds no place
    under the limit. That its record disappears, and that it counts against no limit, is our expectation.

    Background:
      Given the traffic distribution group "sales" takes at most 2 numbers
      And 2 numbers claimed to the traffic distribution group "sales"
      And a number "extra" is claimed to the traffic distribution group "sales" by a call in the source region
      And the number "extra" becomes FAILED

    @simulator-only
    Scenario: Within a day the failed claim is retried to a target with room
      Given 23 hours pass
      When the phone number of "extra" is claimed again to the instance
      Then the request succeeds
      And the number "extra again" becomes CLAIMED
      And the number "extra again" is on the instance
      And the number "extra" is eventually gone

    @inferred @simulator-only
    Scenario: A day after the failure the record is gone and the number is offered again
      Given 24 hours pass
      Then the number "extra" is eventually gone
      And the phone number of "extra" is offered again

    @inferred @simulator-only
    Scenario: A failed claim holds no place under the limit
      Given the number "number 1" was released
      When a number "another" is claimed to the traffic distribution group "sales" by a call in the source region
      Then the number "another" becomes CLAIMED

  @PN-13
  Rule: A number whose last change is still IN_PROGRESS can be neither moved nor released: it is "in use"
    That the running change is what triggers the error is our expectation.

    Background:
      Given a number "hotline" claimed to the instance
      And the number "hotline" is being moved to the traffic distribution group "sales"

    @PN-06 @inferred @mutating
    Scenario: A number whose move is still running cannot be moved again
      When the number "hotline" is moved to the instance
      Then the service answers with a 'resource in use' error

    @inferred @mutating
    Scenario: A number whose move is still running cannot be released
      When the number "hotline", named by its id, is released by a call in the source region
      Then the service answers with a 'resource in use' error

  @PN-14
  Rule: A number's description is changed through the API, although the guide says the console is needed
    The change runs like any other (IN_PROGRESS, then CLAIMED). The seed page says otherwise: documentation drift.

    @drift @mutating
    Scenario: The description can be changed through the API, not only in the console
      Given a number "hotline" claimed to the traffic distribution group "sales"
      When the description of the number "hotline" is changed to "Front desk"
      Then the request succeeds
      And the number "hotline" is IN_PROGRESS
      And the number "hotline" becomes CLAIMED
      And the description of the number "hotline" is "Front desk"
