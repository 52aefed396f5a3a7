@replication
Feature: Replicating an instance to its partner region
  Global resiliency copies an instance into a partner region. Partner regions: us-east-1 and us-west-2,
  eu-central-1 and eu-west-2 (both ways), and ap-northeast-1 to ap-northeast-3 (that way only).
  Sources: Administrator Guide pages "Set up Amazon Connect Global Resiliency" and "Create a replica of your
  existing instance"; API reference for ReplicateInstance and ListContactFlows.

  @RI-01
  Rule: Only an ACTIVE instance with an alias is replicated, once, to its partner region, under an unused alias
    Anything else is an invalid request. The replica keeps the instance id; its ARN names the replica region.

    @readonly
    Scenario: The replica has the same instance id in the replica region
      Given an instance replicated from the source region to the replica region
      When the instance is described in the replica region by its id
      Then the request succeeds
      And the instance has the same id and an ARN in the replica region

    @simulator-only
    Scenario Outline: Replication from <source> to its partner <replica> is accepted
      Given an active instance in <source>
      When the instance is replicated to <replica>
      Then the replication is accepted

      Examples:
        | source         | replica        |
        | us-east-1      | us-west-2      |
        | us-west-2      | us-east-1      |
        | eu-central-1   | eu-west-2      |
        | eu-west-2      | eu-central-1   |
        | ap-northeast-1 | ap-northeast-3 |

    @simulator-only
    Scenario Outline: Replication from <source> to <replica> is refused: <why>
      Given an active instance in <source>
      When the instance is replicated to <replica>
      Then the service answers with an 'invalid request' error

      Examples:
        | source         | replica        | why                             |
        | ap-northeast-3 | ap-northeast-1 | that pair works one way only    |
        | us-east-1      | eu-west-2      | not the partner region          |
        | us-east-1      | us-east-1      | the source region itself        |

    @simulator-only
    Scenario: An instance that is not ACTIVE yet cannot be replicated
      Given an instance that is still being created in the source region
      When the instance is replicated to the replica region
      Then the service answers with an 'invalid request' error

    @simulator-only
    Scenario: An instance without an alias cannot be replicated
      Given an active instance without an alias in the source region
      When the instance is replicated to the replica region
      Then the service answers with an 'invalid request' error mentioning "alias"

    @simulator-only
    Scenario: The replica alias must not be in use
      Given an active instance in the source region
      And another instance already uses the alias "taken-alias"
      When the instance is replicated to the replica region with the alias "taken-alias"
      Then the service answers with an 'invalid request' error mentioning "taken-alias"

    @mutating
    Scenario: An instance is replicated only once
      Given an instance replicated from the source region to the replica region
      When the instance is replicated to the replica region
      Then the service answers with an 'invalid request' error mentioning "already replicated"

  @RI-02
  Rule: Flows and other configuration are copied to the replica; flows are listed in both regions by the instance id
    Each region lists the flows with ARNs of the region called.

    @readonly
    Scenario: The flows of the instance are listed in both regions with the ARN of the region called
      Given an instance replicated from the source region to the replica region
      When the flows of the instance are listed in the source region and in the replica region
      Then both regions list the same flows
      And every flow listed in a region has an ARN of that region

    @simulator-only
    Scenario: A flow made before replication is present in the replica
      Given an active instance in the source region
      And a flow "Main menu" on the instance
      When the instance is replicated to the replica region
      Then the replication is accepted
      And the flow "Main menu" is listed for the instance in the replica region

  @RI-03
  Rule: Only an instance whose users sign in through SAML can be replicated
    Global resiliency needs SAML identity management; an instance managed in Amazon Connect itself or in an
    existing directory is an invalid request for ReplicateInstance (Administrator Guide, "Create a replica of your
    existing instance").

    @readonly
    Scenario: A replicated instance signs its users in through SAML
      Given an instance replicated from the source region to the replica region
      When the instance is described in the source region by its id
      Then the request succeeds
      And the instance signs its users in through SAML

    @simulator-only
    Scenario Outline: <instance> cannot be replicated
      Given <instance> in the source region
      When the instance is replicated to the replica region
      Then the service answers with an 'invalid request' error mentioning "SAML"

      Examples:
        | instance                                               |
        | an active instance that manages its users itself       |
        | an active instance with users in an existing directory |
