package dev.connectconformance.migration;

import dev.connectconformance.readiness.ReadinessReport;
import java.util.List;

/** What a rehearsal on the twin found: readiness there, and each number's predicted outcome in plan order. */
public record RehearsalReport(String twin, String planName, ReadinessReport readiness, List<Prediction> predictions,
                              String journal) {

    public RehearsalReport {
        predictions = List.copyOf(predictions);
    }

    public long count(String predicted) {
        return predictions.stream().filter(p -> p.predicted().equals(predicted)).count();
    }

    /** 0 when every number would move, 1 otherwise. */
    public int exitCode() {
        return predictions.stream().allMatch(p -> p.predicted().equals(Prediction.MOVED)) ? 0 : 1;
    }
}
