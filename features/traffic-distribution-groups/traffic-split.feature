@traffic-distribution-groups
Feature: Splitting telephony traffic between the two regions
  The telephony split of a traffic distribution group names both linked regions, each share a multiple of
  ten percent, and the shares add up to a hundred. Anything else is refused as an invalid request and leaves
  the split as it was. Reading or changing the split needs the group to be ACTIVE.
  Sources: Administrator Guide page "Update telephony traffic distribution"; API reference for
  UpdateTrafficDistribution and GetTrafficDistribution.

  Background:
    Given an instance replicated from the source region to the replica region
    And an active traffic distribution group "sales"

  @TDG-07 @mutating
  Scenario: A split over both regions in steps of ten adding up to a hundred is accepted
    When the telephony traffic of "sales" is split as the source region 70% and the replica region 30%
    Then the request succeeds
    And once "sales" is ACTIVE again its telephony split is the source region 70% and the replica region 30%

  @TDG-07 @mutating
  Scenario Outline: An invalid split is refused: <why>
    Given the telephony split of "sales" as it is now
    When the telephony traffic of "sales" is split as <split>
    Then the service answers with an 'invalid request' error
    And the telephony split of "sales" is unchanged

    Examples:
      | why                                 | split                                            |
      | only one region named               | the source region 100%                           |
      | shares not in steps of ten          | the source region 75% and the replica region 25% |
      | shares add up to less than a hundred | the source region 60% and the replica region 30% |
      | shares add up to more than a hundred | the source region 60% and the replica region 50% |
      | a region that is not linked         | the source region 50% and eu-west-2 50%          |

  @TDG-07 @inferred @mutating @isolated
  Scenario: The split of a group that is not ACTIVE cannot be read
    Given a traffic distribution group "fresh" that is still being created
    When the traffic split of "fresh" is read in the source region by its ARN
    Then the service answers with an 'invalid request' error
