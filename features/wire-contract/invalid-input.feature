@wire-contract
Feature: Invalid input is refused clearly and changes nothing
  Requests are checked against the service model: required members, lengths, ranges, patterns and
  enumerations, and the JSON itself.
  Source: the Amazon Connect API reference (service model); the exact wording of the messages is our
  expectation.

  Background:
    Given an instance replicated from the source region to the replica region

  @ERR-02
  Rule: Malformed or invalid input gets a 400 whose message names the field at fault, never a 500, and changes nothing
    A missing field, a value too long or out of range, a value of the wrong type, an unknown choice, an id that
    is neither a UUID nor an ARN, a body that is not JSON.

    @inferred @mutating
    Scenario: A claim without the phone number is a 'missing field' error
      When a number is claimed to the instance without saying which phone number
      Then the service answers with a 'missing field' error naming PhoneNumber
      And the instance holds no more numbers than before

    @inferred @mutating
    Scenario: A description that is too long is an 'invalid value' error
      When an available number is claimed to the instance with a description of 600 characters
      Then the service answers with an 'invalid value' error naming PhoneNumberDescription
      And the instance holds no more numbers than before

    @inferred @readonly
    Scenario: An unknown kind of phone number is an 'invalid value' error
      When available numbers of the kind "PIGEON" are searched for the instance
      Then the service answers with an 'invalid value' error naming PhoneNumberType

    @inferred @readonly
    Scenario: A page size out of range is an 'invalid value' error
      When the numbers are listed in the source region with a page size of 5000
      Then the service answers with an 'invalid value' error naming MaxResults

    @inferred @readonly
    Scenario: A number named by something that is neither an id nor an ARN is an 'invalid value' error
      When a number named "not-a-number-id" is looked up in the source region
      Then the service answers with an 'invalid value' error naming PhoneNumberId

    @inferred @simulator-only
    Scenario: A body that is not JSON is refused with 400
      When the raw request "POST /phone-number/claim" is sent with the body "{not json"
      Then the raw answer carries:
        | HTTP status      | 400   |
        | x-amzn-ErrorType | (any) |
        | Message          | (any) |

    @inferred @simulator-only
    Scenario: A value of the wrong type is refused with 400 naming the field
      When the raw request "POST /phone-number/claim" is sent with the body "{\"PhoneNumber\": 12345, \"InstanceId\": true}"
      Then the raw answer carries:
        | HTTP status      | 400         |
        | x-amzn-ErrorType | (any)       |
        | Message          | PhoneNumber |
      And the instance holds no more numbers than before
