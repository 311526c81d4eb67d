package org.moomoo.models;

/** A custom data test: a templated query under {@code tests/} that passes when it returns no rows. */
public record SqlTest(String name, String location, String template) {
}
