@traffic-distribution-groups
Feature: Addressing a traffic distribution group from either region
  In its home region a traffic distribution group can be named by its id or by its full ARN. From the
  linked replica region only the full ARN finds it; a bare id is "not found" there. This holds for
  describing the group, reading its traffic split and changing it. A group of another account is never
  visible: the answer is "not found" and nothing of the group is revealed.
  Sources: API reference for DescribeTrafficDistributionGroup, GetTrafficDistribution and
  UpdateTrafficDistribution; Administrator Guide page "Assign claimed phone numbers to traffic
  distribution groups" (ownership).

  Background:
    Given an instance replicated from the source region to the replica region
    And the default traffic distribution group

  @TDG-05 @readonly
  Scenario Outline: Describing the group by <reference> in <region>
    When the traffic distribution group "default" is described in <region> by <reference>
    Then <outcome>

    Examples:
      | reference | region             | outcome                                          |
      | its id    | the source region  | the traffic distribution group "default" is shown |
      | its ARN   | the source region  | the traffic distribution group "default" is shown |
      | its ARN   | the replica region | the traffic distribution group "default" is shown |
      | its id    | the replica region | the service answers with a 'not found' error      |

  @TDG-05 @readonly
  Scenario Outline: Reading the traffic split by <reference> in <region>
    When the traffic split of "default" is read in <region> by <reference>
    Then <outcome>

    Examples:
      | reference | region             | outcome                                             |
      | its id    | the source region  | the split of "default" is shown                     |
      | its ARN   | the source region  | the split of "default" is shown                     |
      | its ARN   | the replica region | the split of "default" is shown                     |
      | its id    | the replica region | the service answers with a 'not found' error         |

  @TDG-05 @mutating
  Scenario Outline: Changing the traffic split by <reference> in <region>
    When the telephony traffic of "default" is split as the source region 100% and the replica region 0% by a call in <region> by <reference>
    Then <outcome>

    Examples:
      | reference | region             | outcome                                      |
      | its id    | the source region  | the request succeeds                         |
      | its ARN   | the replica region | the request succeeds                         |
      | its id    | the replica region | the service answers with a 'not found' error |

  @TDG-08 @readonly
  Scenario Outline: A group of another account is invisible when named by <reference>
    Given another account with an active traffic distribution group "theirs"
    When the traffic distribution group "theirs" is described in the source region by <reference>
    Then the service answers with a 'not found' error
    And the answer reveals nothing about the traffic distribution group "theirs"

    Examples:
      | reference |
      | its id    |
      | its ARN   |
