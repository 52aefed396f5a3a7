@phone-numbers
Feature: What a number's status says, and the limit of numbers per target
  A number is CLAIMED when the last claim or move succeeded, IN_PROGRESS while one still runs (look again
  later), and FAILED when it went wrong, with a message saying why. Further changes need it CLAIMED: a number
  whose last change is still running cannot be moved, released or re-described ("in use"). A target takes
  only so many numbers (five by default, adjustable); a claim or move beyond that is still answered as
  accepted, and the number then shows FAILED with a message about the limit. After a failed move the number
  stays where it was. The description can be changed through the API, although the page on assigning
  numbers says the console is needed: that is documentation drift.
  Sources: Administrator Guide pages "Assign claimed phone numbers to traffic distribution groups" and the
  service quotas page; API reference for ClaimPhoneNumber, UpdatePhoneNumber, UpdatePhoneNumberMetadata and
  DescribePhoneNumber.

  Background:
    Given an instance replicated from the source region to the replica region
    And an active traffic distribution group "sales"

  @PN-06 @mutating @isolated
  Scenario: A fresh claim is IN_PROGRESS and then CLAIMED
    When a number "hotline" is claimed to the traffic distribution group "sales" by a call in the source region
    Then the number "hotline" is IN_PROGRESS
    And the number "hotline" becomes CLAIMED

  @PN-06 @PN-07 @simulator-only
  Scenario: A move beyond the limit is accepted and then FAILED with a reason
    Given the traffic distribution group "sales" takes at most 1 number
    And a number "first" claimed to the traffic distribution group "sales"
    And a number "second" claimed to the instance
    When the number "second" is moved to the traffic distribution group "sales"
    Then the request succeeds
    And the number "second" becomes FAILED
    And the status message of the number "second" mentions the limit

  @PN-07 @inferred @simulator-only
  Scenario: After a failed move the number stays on its previous target
    Given the traffic distribution group "sales" takes at most 1 number
    And a number "first" claimed to the traffic distribution group "sales"
    And a number "second" claimed to the instance
    When the number "second" is moved to the traffic distribution group "sales"
    Then the number "second" becomes FAILED
    And the number "second" is on the instance

  @PN-07 @simulator-only
  Scenario: A claim beyond the limit is accepted and then FAILED with a reason
    Given the traffic distribution group "sales" takes at most 1 number
    And a number "first" claimed to the traffic distribution group "sales"
    When a number "second" is claimed to the traffic distribution group "sales" by a call in the source region
    Then the request succeeds
    And the number "second" becomes FAILED
    And the status message of the number "second" mentions the limit

  @PN-07 @simulator-only
  Scenario: By default a target takes five numbers
    Given 5 numbers claimed to the traffic distribution group "sales"
    When a number "sixth" is claimed to the traffic distribution group "sales" by a call in the source region
    Then the number "sixth" becomes FAILED
    And the status message of the number "sixth" mentions the limit

  @PN-07 @simulator-only
  Scenario: A raised limit lets more numbers in
    Given the traffic distribution group "sales" takes at most 6 numbers
    And 5 numbers claimed to the traffic distribution group "sales"
    When a number "sixth" is claimed to the traffic distribution group "sales" by a call in the source region
    Then the number "sixth" becomes CLAIMED

  @PN-06 @PN-13 @inferred @mutating @isolated
  Scenario: A number whose move is still running cannot be moved again
    Given a number "hotline" claimed to the instance
    And the number "hotline" is being moved to the traffic distribution group "sales"
    When the number "hotline" is moved to the instance
    Then the service answers with a 'resource in use' error

  @PN-13 @inferred @mutating @isolated
  Scenario: A number whose move is still running cannot be released
    Given a number "hotline" claimed to the instance
    And the number "hotline" is being moved to the traffic distribution group "sales"
    When the number "hotline" is released by a call in the source region
    Then the service answers with a 'resource in use' error

  @PN-06 @mutating @isolated
  Scenario: The description of a number whose claim is still running cannot be changed
    Given a number "hotline" that is still being claimed to the instance
    When the description of the number "hotline" is changed to "Front desk"
    Then the service answers with a 'resource in use' error

  @PN-14 @drift @mutating @isolated
  Scenario: The description can be changed through the API, not only in the console
    Given a number "hotline" claimed to the traffic distribution group "sales"
    When the description of the number "hotline" is changed to "Front desk"
    Then the request succeeds
    And the number "hotline" is IN_PROGRESS
    And the number "hotline" becomes CLAIMED
    And the description of the number "hotline" is "Front desk"
