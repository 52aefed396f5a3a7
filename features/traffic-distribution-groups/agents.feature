@traffic-distribution-groups
Feature: Spreading agents across the two regions
  Agents work in both regions of a replicated instance through a traffic distribution group: the instance's users
  are associated with the group, and the group's agent split says which share of them each region takes. Users
  belong to the instance, and the replica shows them too.
  Sources: Administrator Guide pages "Associate agents to instances across multiple AWS Regions" and "Update
  agent distribution across AWS Regions"; API reference for AssociateTrafficDistributionGroupUser,
  ListTrafficDistributionGroupUsers, DisassociateTrafficDistributionGroupUser, CreateUser and
  UpdateTrafficDistribution.

  Background:
    Given an instance replicated from the source region to the replica region
    And an active traffic distribution group "sales"

  @TDG-09
  Rule: Agents are spread across the regions through the users of an ACTIVE traffic distribution group
    A user of the group's instance is associated with the group in the group's home region, once the group is
    ACTIVE; a group that is not ACTIVE, or does not exist, is not found. The agent split of the group applies to
    its users. A user is created with the instance's security profiles and a routing profile, which a new
    instance has, and the replica shows it.

    @mutating
    Scenario: A user of the instance associated with the group is one of its users
      Given a user "ada" of the instance
      When the user "ada" is associated with the traffic distribution group "sales" by a call in the source region
      Then the request succeeds
      And the user "ada" is one of the users of the traffic distribution group "sales"

    @mutating
    Scenario: A disassociated user is no longer one of the group's users
      Given a user "ada" of the instance associated with the traffic distribution group "sales"
      When the user "ada" is disassociated from the traffic distribution group "sales"
      Then the request succeeds
      And the user "ada" is not one of the users of the traffic distribution group "sales"

    @mutating
    Scenario: A group that is still being created is not found when a user is associated with it
      Given a user "ada" of the instance
      And a traffic distribution group "fresh" that is still being created
      When the user "ada" is associated with the traffic distribution group "fresh" by a call in the source region
      Then the service answers with a 'not found' error

    @mutating
    Scenario: A group that does not exist is not found when a user is associated with it
      Given a user "ada" of the instance
      When the user "ada" is associated with a traffic distribution group that does not exist by a call in the source region
      Then the service answers with a 'not found' error

    @inferred @mutating
    Scenario: A user is not associated by a call in the replica region
      Given a user "ada" of the instance
      When the user "ada" is associated with the traffic distribution group "sales" by a call in the replica region
      Then the service answers with an 'invalid request' error
      And the user "ada" is not one of the users of the traffic distribution group "sales"

    @mutating
    Scenario: A user created in the source region is seen from the replica region under the same id
      Given a user "ada" of the instance
      Then the user "ada" is described in the replica region with the same id and an ARN of that region

    @mutating
    Scenario: A Username already taken in the instance is refused
      Given a user "ada" of the instance
      When another user is created with the Username of the user "ada"
      Then the service answers with a 'duplicate resource' error

    @mutating
    Scenario: The agent split of the group applies to its users
      Given a user "ada" of the instance associated with the traffic distribution group "sales"
      When the agents of the traffic distribution group "sales" are split:
        | region             | share |
        | the source region  | 40%   |
        | the replica region | 60%   |
      Then the request succeeds
      And the agent split of the traffic distribution group "sales" is:
        | region             | share |
        | the source region  | 40%   |
        | the replica region | 60%   |
      And the user "ada" is one of the users of the traffic distribution group "sales"

    @mutating
    Scenario Outline: An agent split is refused when <why>
      Given the agent split of the traffic distribution group "sales" as it is now
      When the agents of the traffic distribution group "sales" are split:
        | region            | share          |
        | the source region | <source share> |
        | <other region>    | <other share>  |
      Then the service answers with an 'invalid request' error
      And the agent split of the traffic distribution group "sales" is unchanged

      Examples:
        | why                                      | source share | other region       | other share |
        | the shares add up to less than a hundred | 60%          | the replica region | 30%         |
        | the shares are not in steps of ten       | 75%          | the replica region | 25%         |
        | the other region is not linked           | 50%          | eu-west-2          | 50%         |
