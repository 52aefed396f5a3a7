@wire-contract
Feature: How the service reports errors
  Every error a request can meet is named in the service model, with its HTTP status. These scenarios show
  the errors through the AWS SDK (its typed exceptions) and, on the simulator, on the wire itself.
  Source: the Amazon Connect API reference (service model: each operation's errors and their HTTP status).

  @ERR-01
  Rule: Every error is the modelled exception with its HTTP status, an error type header, a JSON message and a request id
    400 for an invalid parameter or request, 402 when a service quota is exceeded, 403 when access is denied,
    404 when something is not found, 409 for an idempotency clash, a resource in use or a conflict, 429 when
    throttled and 500 for an internal failure. On the wire an error carries its type in the x-amzn-ErrorType
    header, a JSON body with a Message and an x-amzn-RequestId, so SDKs and the CLI turn it into the typed
    exception.

    @readonly
    Scenario: Looking up a group that does not exist is a 'not found' error
      Given an instance replicated from the source region to the replica region
      When a traffic distribution group that does not exist is described in the source region by its full ARN
      Then the service answers with a 'not found' error

    @mutating
    Scenario: A group that still holds numbers is a 'resource in use' error
      Given an instance replicated from the source region to the replica region
      And an active traffic distribution group "sales"
      And a number "hotline" claimed to the traffic distribution group "sales"
      When the traffic distribution group "sales" is deleted in the source region
      Then the service answers with a 'resource in use' error

    @simulator-only
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

    @simulator-only
    Scenario: A request without a signature is an 'access denied' error on the wire
      When the raw request "GET /instance" is sent without a signature
      Then the raw answer carries:
        | HTTP status      | 403                   |
        | x-amzn-ErrorType | AccessDeniedException |
        | x-amzn-RequestId | (any)                 |
        | Message          | (any)                 |

    @simulator-only
    Scenario: An error on the wire carries its type, a JSON message and a request id
      When the raw request "GET /traffic-distribution-group/6f1c3b8e-0d1a-4c55-9a51-2f3e4d5c6b7a" is sent
      Then the raw answer carries:
        | HTTP status      | 404                       |
        | x-amzn-ErrorType | ResourceNotFoundException |
        | x-amzn-RequestId | (any)                     |
        | Message          | (any)                     |
