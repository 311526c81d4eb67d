package org.moomoo.models;

import java.util.List;

/**
 * A raw table the models read through {@code source('name')}, with its own data tests.
 *
 * @param asOfColumn the timestamp column an as-of build filters on (rows before the cutoff only), or
 *     null for a source that is read whole in every build
 */
public record SourceTable(String name, String relation, List<DataTest> tests, String asOfColumn) {

    public SourceTable {
        tests = List.copyOf(tests);
    }

    /** A source that an as-of build reads whole. */
    public SourceTable(String name, String relation, List<DataTest> tests) {
        this(name, relation, tests, null);
    }
}
