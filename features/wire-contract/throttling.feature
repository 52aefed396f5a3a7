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

    @simulator-only
    Scenario: The SDK's retries absorb a short burst
      Given the simulator throttles calls as AWS documents
      When a client that retries as the AWS SDK does by default lists the instances 8 times in a row
      Then all 8 calls succeed

    @simulator-only
    Scenario: A tight loop without retries is throttled after the burst
      Given the simulator throttles calls as AWS documents
      When a client that does not retry lists the instances in a tight loop
      Then at least 5 calls succeed before one is throttled
      And the service answers with a 'throttling' error
      And the error has HTTP status 429
