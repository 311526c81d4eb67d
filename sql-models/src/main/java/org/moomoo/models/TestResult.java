package org.moomoo.models;

import java.util.List;

/**
 * The outcome of one data test.
 *
 * @param failingRows how many rows the failure query returned (0 = passed)
 * @param sample      up to five failing rows, as text
 */
public record TestResult(String test, Severity severity, long failingRows, List<String> sample) {

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
}
