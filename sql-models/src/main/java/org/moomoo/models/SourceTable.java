package org.moomoo.models;

import java.util.List;

/** A raw table the models read through {@code source('name')}, with its own data tests. */
public record SourceTable(String name, String relation, List<DataTest> tests) {

    public SourceTable {
        tests = List.copyOf(tests);
    }
}
