package org.moomoo.models;

import java.time.Duration;
import java.util.List;

/**
 * What building one model did.
 *
 * @param rows      rows written (tables), or -1 for views and ephemeral models
 * @param malformed values the model's try-casts turned into NULL
 */
public record ModelResult(String model, Materialization materialization, long rows, Duration time, long malformed,
        List<TestResult> tests) {

    public ModelResult {
        tests = List.copyOf(tests);
    }

    public long testsPassed() {
        return tests.stream().filter(TestResult::passed).count();
    }

    public List<TestResult> failures() {
        return tests.stream().filter(t -> !t.passed()).toList();
    }
}
