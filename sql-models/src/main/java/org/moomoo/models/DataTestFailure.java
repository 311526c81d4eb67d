package org.moomoo.models;

import java.util.List;
import java.util.stream.Collectors;

/** One or more error-severity data tests failed: the build stops and nothing is published. */
public final class DataTestFailure extends RuntimeException {

    private final transient List<TestResult> failures;

    public DataTestFailure(String subject, List<TestResult> failures) {
        super(subject + ": " + failures.size() + " data test(s) failed: "
                + failures.stream().map(TestResult::summary).collect(Collectors.joining("; ")));
        this.failures = List.copyOf(failures);
    }

    public List<TestResult> failures() {
        return failures;
    }
}
