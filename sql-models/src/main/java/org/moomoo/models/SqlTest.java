package org.moomoo.models;

import java.util.Set;

/**
 * A custom data test: a templated query under {@code tests/} that passes when it returns no rows.
 *
 * @param refs the models it reads, found when the project is read
 */
public record SqlTest(String name, String location, String template, Set<String> refs) {

    public SqlTest {
        refs = Set.copyOf(refs);
    }

    /** A test whose refs are not known yet. */
    public SqlTest(String name, String location, String template) {
        this(name, location, template, Set.of());
    }
}
