package org.moomoo.playlist.analytics;

import java.util.regex.Pattern;

/**
 * The schema the SQL models publish into ({@code analytics} unless configured otherwise). Table
 * names cannot be bound as parameters, so the name is checked to be a plain identifier before it is
 * ever written into SQL.
 */
public record AnalyticsSchema(String name) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    public AnalyticsSchema {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("the models schema '" + name + "' is not a plain lower-case SQL "
                    + "identifier; set moomoo.models.schema to something like analytics");
        }
    }

    /** The qualified name of a model, e.g. {@code analytics.local_files}. */
    public String table(String model) {
        return name + "." + model;
    }

    /** Where the model runner records each publish: {@code <schema>_meta.published_builds}. */
    public String publishedBuilds() {
        return name + "_meta.published_builds";
    }
}
