@wire-contract
Feature: Throttling of API calls
  Amazon Connect limits the calls each account makes in each region with a token bucket per API: a burst is let
  through, then calls are admitted at the steady rate, and a call over it is refused. The simulator does so when
  its throttling is switched on (--throttle aws, or the admin API); by default it answers as fast as it can.
  Sources: the Amazon Connect API reference ("Best practices for using Amazon Connect APIs", the service model's
  throttling limits) and the Administrator Guide ("Amazon Connect service quotas", API throttling quotas).

  @QT-02
  Rule: API calls are throttled per account and region with a token bucket; a throttled call gets 429 ThrottlingException and the SDKs' retries absorb short bursts
    For most operations the documented default is 2 requests per second with a burst of 5; a few operations
    (GetMetricData, GetCurrentMetricData) have their own figures. The simulator's figures and their sources are in
    docs/simulator-realism.md.

    On the simulator, time passes only when a scenario says so, so every outcome here is exact. What a real SDK
    does on a real clock is not: its standard retries wait a random part of an exponential backoff, so whether
    a given retry lands after a refill is chance. That is why the scenarios state the deterministic parts (the
    burst, the error, the refill, a retry that waits for the refill) and docs/simulator-realism.md says how the
    SDK's own retries meet the throttle on AWS.

    @simulator-only
    Scenario: A burst of 5 calls is let through and the sixth is throttled
      Given the simulator throttles calls as AWS documents
      When a client that does not retry lists the instances 6 times in a row
      Then the first 5 calls succeed and the last one is throttled
      And the service answers with a 'throttling' error
      And the error has HTTP status 429

    @simulator-only
    Scenario: Half a second later one more call is let through, at the steady rate of 2 per second
      Given the simulator throttles calls as AWS documents
      And a client that does not retry has listed the instances until it was throttled
      When 500 milliseconds pass
      Then listing the instances once more succeeds
      But listing them again at once is throttled

    @simulator-only
    Scenario: Retries that back off long enough for the bucket to refill absorb a short burst
      Given the simulator throttles calls as AWS documents
      When a client that retries a throttled call up to 2 times, waiting 500 milliseconds before each retry, lists the instances 8 times in a row
      Then all 8 calls succeed
      And 3 of the calls succeeded only on a retry
