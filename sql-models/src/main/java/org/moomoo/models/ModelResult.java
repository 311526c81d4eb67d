package org.moomoo.models;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What building one model did.
 *
 * @param rows      rows written (tables), or -1 for views and ephemeral models
 * @param malformed values the model's try-casts turned into NULL
 * @param countBy   the model's {@code count_by} column, or null
 * @param counts    rows per value of that column, by value (empty without one)
 */
public record ModelResult(
        String model,
        Materialization materialization,
        long rows,
        Duration time,
        long malformed,
        String countBy,
        Map<String, Long> counts,
        List<TestResult> tests) {

    public ModelResult {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        tests = List.copyOf(tests);
    }

    public long testsPassed() {
        return tests.stream().filter(TestResult::passed).count();
    }

    public List<TestResult> failures() {
        return tests.stream().filter(t -> !t.passed()).toList();
    }
}
