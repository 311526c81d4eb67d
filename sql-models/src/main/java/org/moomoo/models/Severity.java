package org.moomoo.models;

/** What a failing data test does: fail the build, or only report. */
public enum Severity {
    ERROR,
    WARN
}
