package org.moomoo.models;

/**
 * One model file: its name (the file name without {@code .sql}), where it came from (for
 * messages), the folder under {@code models/} and the template text.
 */
public record ModelFile(String name, String location, String folder, String template) {}
