@wire-contract
Feature: Moving numbers when the service throttles, fails or answers slowly
  UpdatePhoneNumber can answer ThrottlingException (HTTP 429) when calls come too fast and
  InternalServiceException (HTTP 500) when the service fails inside. The AWS SDK retries both on its own: in
  its standard retry mode, which the suite's clients use, a call gets 3 attempts in all. A short burst of such
  errors is therefore retried away and the move completes; one that outlasts the attempts reaches the caller
  as the typed exception with its status and is reported in one line (operation, error code, HTTP status,
  attempts), and the number stays where it was. A slow answer is still a correct answer.
  Sources: the Amazon Connect API reference, errors of UpdatePhoneNumber (service model); the AWS SDK for
  Java's standard retry behaviour (3 attempts, throttling and 5xx errors retried). The faults are injected by
  the simulator's admin controls, so these scenarios run only on the simulator, one at a time.

  Background:
    Given an instance replicated from the source region to the replica region
    And an active traffic distribution group "sales"
    And a number "hotline" claimed to the instance

  @ERR-01 @simulator-only @isolated
  Scenario: A move that is throttled twice succeeds because the SDK retries it
    Given the service will answer the next 2 moves of a number with "ThrottlingException"
    When the number "hotline" is moved to the traffic distribution group "sales"
    Then the request succeeds
    And every injected failure was used
    And the number "hotline" becomes CLAIMED
    And the number "hotline" is on the traffic distribution group "sales"

  @ERR-01 @simulator-only @isolated
  Scenario: A throttle that outlasts the SDK's retries is reported as a clear failure
    Given the service will answer the next 4 moves of a number with "ThrottlingException"
    When the number "hotline" is moved to the traffic distribution group "sales"
    Then the service answers with a 'throttling' error
    And the error has HTTP status 429
    And the failure is reported as "UpdatePhoneNumber failed with ThrottlingException (HTTP 429) after 3 attempts"
    And 1 injected failure is left unused
    And the number "hotline" is CLAIMED
    And the number "hotline" is on the instance

  @ERR-01 @simulator-only @isolated
  Scenario: An internal failure on a move is retried away
    Given the service will answer the next move of a number with "InternalServiceException"
    When the number "hotline" is moved to the traffic distribution group "sales"
    Then the request succeeds
    And every injected failure was used
    And the number "hotline" becomes CLAIMED
    And the number "hotline" is on the traffic distribution group "sales"

  @ERR-01 @simulator-only @isolated
  Scenario: A persistent internal failure on a move arrives typed, with status 500
    Given the service will answer every move of a number with "InternalServiceException"
    When the number "hotline" is moved to the traffic distribution group "sales"
    Then the service answers with an 'internal failure' error
    And the error has HTTP status 500
    And the failure is reported as "UpdatePhoneNumber failed with InternalServiceException (HTTP 500) after 3 attempts"
    And the number "hotline" is on the instance

  @ERR-01 @simulator-only @isolated
  Scenario: A move answered late is still answered correctly
    Given the service will answer every move of a number 300 ms late
    When the number "hotline" is moved to the traffic distribution group "sales"
    Then the answer names the number "hotline" by its id and its ARN
    And the number "hotline" becomes CLAIMED
    And the number "hotline" is on the traffic distribution group "sales"

  @ERR-01 @simulator-only @isolated
  Scenario: A lookup answered late is still answered correctly
    Given the service will answer every lookup of a number 300 ms late
    When the number "hotline" is looked up in the source region by its id
    Then the number "hotline" is shown
