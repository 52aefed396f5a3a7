@wire-contract
Feature: Eventual consistency of reads
  Amazon Connect's reads are eventually consistent: for a short time after a create or a change, a Describe, List,
  Get or Search call may not see it yet. Clients retry with backoff. The simulator shows this when it is given a
  propagation delay (--propagation-delay, or the admin API); by default reads see every write at once.
  Source: the Amazon Connect API reference ("Eventual consistency in the Amazon Connect API").

  @EC-01
  Rule: Right after a create or a change, a read may for a short time still answer ResourceNotFoundException or show the previous state; clients retry with backoff
    On the simulator, for the propagation delay after a write, reads in every region see the account as it was
    before it; writes always see the latest state. The suite's polling moves the simulator clock by each backoff
    step instead of waiting.

    @simulator-only
    Scenario: A group just created is not found at first, and a client retrying with backoff finds it
      Given an instance replicated from the source region to the replica region
      And the simulator lets changes reach reads only after 30 seconds
      When a traffic distribution group "sales" is created in the source region
      And the traffic distribution group "sales" is described in the replica region by its full ARN
      Then the service answers with a 'not found' error
      And a client retrying with backoff finds the traffic distribution group "sales" in the replica region
      And the traffic distribution group "sales" becomes ACTIVE
