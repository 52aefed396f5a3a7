@wire-contract
Feature: How the service reports errors
  Every error arrives as the exception the service model names for it, with the model's HTTP status: 400
  for an invalid parameter or request, 402 when a service quota is exceeded, 403 when access is denied, 404
  when something is not found, 409 for an idempotency clash, a resource in use or a conflict, 429 when
  throttled and 500 for an internal failure. On the wire it carries the error type in a header, a JSON body
  with a message and a request id, so SDKs and the CLI can turn it into the typed exception.
  Source: the Amazon Connect API reference (service model: each operation's errors and their HTTP status).

  @ERR-01 @readonly
  Scenario: Looking up a group that does not exist is a 'not found' error
    Given an instance replicated from the source region to the replica region
    When a traffic distribution group that does not exist is described in the source region
    Then the service answers with a 'not found' error

  @ERR-01 @mutating
  Scenario: A group that still holds numbers is a 'resource in use' error
    Given an instance replicated from the source region to the replica region
    And an active traffic distribution group "sales"
    And a number "hotline" claimed to the traffic distribution group "sales"
    When the traffic distribution group "sales" is deleted in the source region
    Then the service answers with a 'resource in use' error

  @ERR-01 @simulator-only
  Scenario: A request without a signature is an 'access denied' error on the wire
    When a request without a signature asks for the instances
    Then the raw answer has status 403 and error type "AccessDeniedException"
    And the raw answer carries a request id and a JSON message

  @ERR-01 @simulator-only @isolated
  Scenario Outline: A '<kind>' error during the <action> arrives typed, with status <status>
    Given an instance replicated from the source region to the replica region
    And the service will answer every <action> with "<code>"
    When a <action> is attempted
    Then the service answers with a '<kind>' error
    And the error has HTTP status <status>

    Examples:
      | action                                   | code                          | kind                   | status |
      | listing of traffic distribution groups   | ThrottlingException           | throttling             | 429    |
      | listing of traffic distribution groups   | InternalServiceException      | internal failure       | 500    |
      | listing of traffic distribution groups   | AccessDeniedException         | access denied          | 403    |
      | creation of a traffic distribution group | ServiceQuotaExceededException | service quota exceeded | 402    |
      | creation of a traffic distribution group | ResourceConflictException     | resource conflict      | 409    |

  @ERR-01 @simulator-only
  Scenario: An error on the wire carries its type, a JSON message and a request id
    When a raw request describes a traffic distribution group that does not exist
    Then the raw answer has status 404 and error type "ResourceNotFoundException"
    And the raw answer carries a request id and a JSON message
