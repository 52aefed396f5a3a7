package dev.connectconformance.simulator.admin.contract;

/**
 * {@code POST /clock/advance}: how far to move the clock, as the command line writes durations ({@code 5s},
 * {@code 500ms}, {@code PT5S}); at most 100 years.
 */
public record ClockAdvance(String by) {
}
