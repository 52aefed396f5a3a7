Feature: Two scenarios on two workers at the same time
  Each moves its simulator's clock by a different amount and one arms a fault, both before either looks:
  on a shared simulator each would see 3 hours and the fault.

  Scenario: The first moves its clock one hour and arms a fault
    Given the other scenario is running at the same time
    When this scenario moves its simulator clock 1 hour forward
    And it arms a fault on every move of a number
    And the other scenario has done the same
    Then its simulator clock moved 1 hour in all
    And its simulator has 1 fault in force

  Scenario: The second moves its clock two hours
    Given the other scenario is running at the same time
    When this scenario moves its simulator clock 2 hours forward
    And the other scenario has done the same
    Then its simulator clock moved 2 hours in all
    And its simulator has 0 faults in force
