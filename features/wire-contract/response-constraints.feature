@wire-contract
Feature: What a successful answer may contain
  A client generated from the service model (an SDK, the CLI, a typed wrapper) may check an answer against the
  model's output shapes: only modelled members, enum values, string lengths, list and map sizes, ARN forms.
  These scenarios read the raw answers on the simulator and check them member by member against the model.
  Source: the Amazon Connect API reference (service model: output shapes and their constraints).

  Background:
    Given an instance replicated from the source region to the replica region
    And an active traffic distribution group "sales"

  @ERR-03
  Rule: Every success answer meets the model's output constraints
    A status Message is at most 255 characters; a map with a minimum size, such as Tags, is left out when empty.

    @simulator-only
    Scenario: Resources without tags are described without an empty Tags map
      Given a number "hotline" claimed to the traffic distribution group "sales"
      Then the raw description of the instance meets the service model
      And the raw description of the traffic distribution group "sales" meets the service model
      And the raw description of the number "hotline" meets the service model

    @simulator-only
    Scenario: The status message of a claim blocked by the claim-and-release cap fits and names the limit
      Given the traffic distribution group "sales" takes at most 1 number
      And a number "first" claimed to the traffic distribution group "sales"
      And the number "first" was released
      When a number "second" is claimed to the traffic distribution group "sales" by a call in the source region
      Then the number "second" becomes FAILED
      And the status message of the number "second" mentions the limit
      And the raw description of the number "second" meets the service model
