@readiness
Feature: Readiness of an account for moving numbers onto a traffic distribution group
  What a team checks before it migrates numbers, without changing anything. These scenarios run the readiness
  command's own checks. Nothing is listed by hand: the group's numbers, the replica region and the quota are
  discovered. On a real account the group, the instance and an optional plan file come from the resources file;
  on the simulator a prepared account stands in (a group split 50/50 with two numbers wired to flows in both
  regions, and a plan that moves one more number of the instance with its flow named), and the simulator-only
  scenarios break one thing each.
  Sources: Administrator Guide pages "Assign claimed phone numbers to traffic distribution groups", "Update
  telephony traffic distribution", "Set up Amazon Connect Global Resiliency" and the service quotas page; API
  reference for UpdatePhoneNumber.

  Background:
    Given the traffic distribution group "migration" of the migration plan

  @RD-01
  Rule: The named group exists and is ACTIVE, seen from both regions (by its full ARN from the replica region)

    @readonly
    Scenario: The group exists and is ACTIVE in both regions
      When the account is checked for readiness
      Then the group is ACTIVE as the source region and the replica region describe it
      And nothing blocks the migration under RD-01

  @RD-02
  Rule: Every number on the group is CLAIMED, none IN_PROGRESS or FAILED, and visible in both regions by its full ARN

    @readonly
    Scenario: Every number on the group is CLAIMED and visible in both regions
      When the account is checked for readiness
      Then every number on the group is CLAIMED and found by its full ARN in both regions
      And nothing blocks the migration under RD-02

    @simulator-only
    Scenario: A number on the group whose claim failed blocks the migration
      Given the group has reached its limit of claimed numbers
      And a number "overflow" whose claim to the group failed
      When the account is checked for readiness
      Then readiness reports a blocker under RD-02 for the number "overflow" in the source region, saying "is FAILED"
      And the account is not ready

  @RD-03
  Rule: Every number on the group has a flow associated in both regions

    @readonly
    Scenario: Every number on the group has a flow in both regions
      When the account is checked for readiness
      Then every number on the group has a flow in the source region and in the replica region
      And nothing blocks the migration under RD-03

    @simulator-only
    Scenario: A number on the group without a flow blocks the migration in both regions
      Given a number "bare" moved onto the group without a flow
      When the account is checked for readiness
      Then readiness reports a blocker under RD-03 for the number "bare" in the source region, saying "has no flow"
      And readiness reports a blocker under RD-03 for the number "bare" in the replica region, saying "by its full ARN"
      And the account is not ready

  @RD-04
  Rule: The telephony split covers both regions and adds up to a hundred

    @readonly
    Scenario: The telephony split covers both regions and adds up to a hundred
      When the account is checked for readiness
      Then the telephony split names the source region and the replica region and adds up to 100
      And nothing blocks the migration under RD-04

    @simulator-only
    Scenario: A split that sends the replica region nothing is a warning, not a blocker
      Given the telephony traffic of the traffic distribution group "migration" is split:
        | region             | share |
        | the source region  | 100%  |
        | the replica region | 0%    |
      And the traffic distribution group "migration" becomes ACTIVE
      When the account is checked for readiness
      Then readiness reports a warning under RD-04 for the group in the replica region, saying "takes no calls"
      And the account is ready

  @RD-05
  Rule: The numbers the plan still has to move are CLAIMED on the source instance, and the group has room for them under its quota

    @readonly
    Scenario: The numbers still to move are CLAIMED and fit on the group
      When the account is checked for readiness
      Then every number the plan still has to move is CLAIMED on the instance in the source region
      And nothing blocks the migration under RD-05

    @simulator-only
    Scenario: A plan that does not fit under the group's quota says by how many
      Given the traffic distribution group "migration" takes at most 3 numbers
      And the plan also moves these numbers:
        | number   | claimed in        | flow now | flow named for after the move |
        | one more | the source region | no       | no                            |
      When the account is checked for readiness
      Then readiness reports a blocker under RD-05 for the group in the source region, saying "1 over its quota of 3"
      And the account is not ready

    @simulator-only
    Scenario: A planned number claimed in the replica region cannot move onto the group
      Given the plan also moves these numbers:
        | number | claimed in         | flow now | flow named for after the move |
        | west   | the replica region | no       | yes                           |
      When the account is checked for readiness
      Then readiness reports a blocker under RD-05 for the number "west" in the replica region, saying "was claimed in"
      And the account is not ready

  @RD-06
  Rule: The group links the instance the migration names, and that instance is replicated to the group's other region

    @readonly
    Scenario: The group links the instance the migration names, replicated to the group's other region
      When the account is checked for readiness
      Then the group links the instance the migration names
      And that instance is replicated to the replica region
      And nothing blocks the migration under RD-06

    @simulator-only
    Scenario: Naming an instance the group does not link blocks the migration
      Given the migration names another replicated instance
      When the account is checked for readiness
      Then readiness reports a blocker under RD-06 for the group in the source region, saying "the group links instance"
      And the account is not ready

  @RD-07
  Rule: Every number the plan moves has its flow planned, because a move drops the flow association (CF-05)

    @readonly
    Scenario: Every number the plan moves has its flow planned
      When the account is checked for readiness
      Then readiness raises nothing under RD-07

    @simulator-only
    Scenario: A move that drops a flow the plan does not name is a warning that names the flow
      Given the plan also moves these numbers:
        | number    | claimed in        | flow now | flow named for after the move |
        | with flow | the source region | yes      | no                            |
      When the account is checked for readiness
      Then readiness reports a warning under RD-07 for the number "with flow" in the source region, saying "drops its flow"
      And the account is ready
