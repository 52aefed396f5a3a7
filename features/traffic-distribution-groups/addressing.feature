@traffic-distribution-groups
Feature: Addressing a traffic distribution group from either region
  A traffic distribution group lives in the region it was created in, its home region, and is linked to the
  replica region of its instance. Requests name it by its id or by its full ARN; where that choice matters, each
  step says which one it uses.
  Sources: API reference for DescribeTrafficDistributionGroup, GetTrafficDistribution and
  UpdateTrafficDistribution; Administrator Guide page "Assign claimed phone numbers to traffic distribution
  groups" (ownership).

  Background:
    Given an instance replicated from the source region to the replica region
    And the default traffic distribution group

  @TDG-05
  Rule: In its home region a group is found by its id or its full ARN; from the replica region only by its full ARN
    This holds for describing the group, reading its traffic split and changing the split. From the replica
    region a bare id is "not found".

    @readonly
    Scenario Outline: The group is described in <region> <reference>
      When the traffic distribution group "default" is described in <region> <reference>
      Then the traffic distribution group "default" is shown

      Examples:
        | region             | reference       |
        | the source region  | by its id       |
        | the source region  | by its full ARN |
        | the replica region | by its full ARN |

    @readonly
    Scenario: From the replica region the group is not found by its id
      When the traffic distribution group "default" is described in the replica region by its id
      Then the service answers with a 'not found' error

    @readonly
    Scenario Outline: The traffic split is read in <region> <reference>
      When the traffic split of the traffic distribution group "default" is read in <region> <reference>
      Then the traffic split of the traffic distribution group "default" is shown

      Examples:
        | region             | reference       |
        | the source region  | by its id       |
        | the source region  | by its full ARN |
        | the replica region | by its full ARN |

    @readonly
    Scenario: From the replica region the traffic split is not found by the group's id
      When the traffic split of the traffic distribution group "default" is read in the replica region by its id
      Then the service answers with a 'not found' error

    @mutating
    Scenario Outline: The traffic split is changed by a call in <region> <reference>
      When the telephony traffic of the traffic distribution group "default" is split by a call in <region> <reference>:
        | region             | share |
        | the source region  | 100%  |
        | the replica region | 0%    |
      Then the request succeeds

      Examples:
        | region             | reference       |
        | the source region  | by its id       |
        | the replica region | by its full ARN |

    @mutating
    Scenario: From the replica region the traffic split is not changed by the group's id
      When the telephony traffic of the traffic distribution group "default" is split by a call in the replica region by its id:
        | region             | share |
        | the source region  | 100%  |
        | the replica region | 0%    |
      Then the service answers with a 'not found' error

  @TDG-08
  Rule: A group of another account is invisible: the answer is "not found" and reveals nothing of the group

    @readonly
    Scenario Outline: Another account's group named <reference> is not found
      Given another account with an active traffic distribution group "theirs"
      When the traffic distribution group "theirs" is described in the source region <reference>
      Then the service answers with a 'not found' error
      And the answer reveals nothing about the traffic distribution group "theirs"

      Examples:
        | reference       |
        | by its id       |
        | by its full ARN |
