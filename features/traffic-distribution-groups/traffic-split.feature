@traffic-distribution-groups
Feature: Splitting telephony traffic between the two regions
  The telephony split of a traffic distribution group says which share of the calls each of its two regions
  takes. A split is written as a table of regions and their shares.
  Sources: Administrator Guide page "Update telephony traffic distribution"; API reference for
  UpdateTrafficDistribution and GetTrafficDistribution.

  Background:
    Given an instance replicated from the source region to the replica region
    And an active traffic distribution group "sales"

  @TDG-07
  Rule: A telephony split names both linked regions, in steps of ten percent, adding up to a hundred
    Anything else is refused as an invalid request and leaves the split as it was. Reading or changing the
    split needs the group to be ACTIVE (TDG-10).

    @mutating
    Scenario: A split over both regions in steps of ten adding up to a hundred is accepted
      When the telephony traffic of the traffic distribution group "sales" is split:
        | region             | share |
        | the source region  | 70%   |
        | the replica region | 30%   |
      Then the request succeeds
      And the traffic distribution group "sales" becomes ACTIVE
      And the telephony split of the traffic distribution group "sales" is:
        | region             | share |
        | the source region  | 70%   |
        | the replica region | 30%   |

    @mutating
    Scenario: A split that names only one region is refused
      Given the telephony split of the traffic distribution group "sales" as it is now
      When the telephony traffic of the traffic distribution group "sales" is split:
        | region            | share |
        | the source region | 100%  |
      Then the service answers with an 'invalid request' error
      And the telephony split of the traffic distribution group "sales" is unchanged

    @mutating
    Scenario Outline: A split over two regions is refused when <why>
      Given the telephony split of the traffic distribution group "sales" as it is now
      When the telephony traffic of the traffic distribution group "sales" is split:
        | region            | share          |
        | the source region | <source share> |
        | <other region>    | <other share>  |
      Then the service answers with an 'invalid request' error
      And the telephony split of the traffic distribution group "sales" is unchanged

      Examples:
        | why                                      | source share | other region       | other share |
        | the shares are not in steps of ten       | 75%          | the replica region | 25%         |
        | the shares add up to less than a hundred | 60%          | the replica region | 30%         |
        | the shares add up to more than a hundred | 60%          | the replica region | 50%         |
        | the other region is not linked           | 50%          | eu-west-2          | 50%         |

  @TDG-10
  Rule: The split of a group that is not ACTIVE can be neither read nor changed
    While a group is being created, updated or deleted, and after its creation or deletion failed, reading or
    changing its split is an invalid request (Administrator Guide, "Create traffic distribution groups").

    @mutating
    Scenario: The split of a group that is still being created cannot be read
      Given a traffic distribution group "fresh" that is still being created
      When the traffic split of the traffic distribution group "fresh" is read in the source region by its full ARN
      Then the service answers with an 'invalid request' error

    @simulator-only
    Scenario Outline: The split of a group that is <status> cannot be read
      Given a traffic distribution group "busy" that is <status>
      When the traffic split of the traffic distribution group "busy" is read in the source region by its full ARN
      Then the service answers with an 'invalid request' error mentioning "<status>"

      Examples:
        | status             |
        | UPDATE_IN_PROGRESS |
        | PENDING_DELETION   |
        | CREATION_FAILED    |
        | DELETION_FAILED    |

    @simulator-only
    Scenario Outline: The split of a group that is <status> cannot be changed
      Given a traffic distribution group "busy" that is <status>
      When the telephony traffic of the traffic distribution group "busy" is split:
        | region             | share |
        | the source region  | 50%   |
        | the replica region | 50%   |
      Then the service answers with an 'invalid request' error mentioning "<status>"
      And the traffic distribution group "busy" is <status>

      Examples:
        | status               |
        | CREATION_IN_PROGRESS |
        | UPDATE_IN_PROGRESS   |
        | PENDING_DELETION     |
        | CREATION_FAILED      |
        | DELETION_FAILED      |
