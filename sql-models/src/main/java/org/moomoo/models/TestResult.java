package org.moomoo.models;

import java.util.List;

/**
 * The outcome of one data test.
 *
 * @param failingRows how many rows the failure query returned (0 = passed)
 * @param sample      up to five failing rows, as text
 * @param message     the test's own words for the failure, rendered with the first failing row; null for none
 */
public record TestResult(String test, Severity severity, long failingRows, List<String> sample, String message) {

    public TestResult {
        sample = List.copyOf(sample);
    }

    public boolean passed() {
        return failingRows == 0;
    }

    /** A failure that fails the build (a warn-severity failure only reports). */
    public boolean blocking() {
        return !passed() && severity == Severity.ERROR;
    }

    /** The failure for people: the test's message when it has one, else the test, the row count and a sample. */
    public String summary() {
        if (message != null) {
            return message;
        }
        return test + " returned " + failingRows + " row(s)"
                + (sample.isEmpty() ? "" : ", e.g. " + String.join(" | ", sample));
    }
}
