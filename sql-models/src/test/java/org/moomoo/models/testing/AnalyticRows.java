package org.moomoo.models.testing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * Rows for the tables the models publish, written into a database made from
 * {@link AnalyticSchema#RECIPE}: fixtures fill the product's own tables, never a copy of them.
 *
 * <p>Every value is cast to its column's published type, a {@code float[]} becomes a vector padded
 * with zeros to the column's dimension, and a column the published table lacks is an error that
 * names it, so a fixture written against an older model fails at once.
 */
public final class AnalyticRows {

    /** The schema the template's models are published into. */
    public static final String SCHEMA = "analytics";

    /** Where the model runner records its publishes. */
    public static final String PUBLISHED_BUILDS = SCHEMA + "_meta.published_builds";

    private static final Pattern DIMENSION = Pattern.compile("vector\\((\\d+)\\)");

    private final JdbcClient jdbc;
    private final HiddenRelations hidden;
    private final Map<String, Map<String, String>> columnTypes = new HashMap<>();

    public AnalyticRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.hidden = new HiddenRelations(jdbc);
    }

    /**
     * Puts back what {@link #hide} and {@link #hideColumn} took away and empties every published
     * table. The record of publishes stays, as it does across real builds, so build ids keep growing.
     */
    public AnalyticRows clear() {
        hidden.restore(List.of(SCHEMA, SCHEMA + "_meta"));
        columnTypes.clear();
        // DELETE, not TRUNCATE: truncating the forty tables takes seconds, deleting a few rows does not.
        jdbc.sql("""
                SELECT string_agg(format('DELETE FROM %I.%I', schemaname, tablename), '; ' ORDER BY tablename)
                FROM pg_tables WHERE schemaname = :schema
                """)
                .param("schema", SCHEMA)
                .query(String.class)
                .optional()
                .ifPresent(deletes -> jdbc.sql(deletes).update());
        return this;
    }

    /** Takes table {@code qualified} ({@code schema.table}) away, as before its model's first build. */
    public AnalyticRows hide(String qualified) {
        hidden.hide(qualified);
        return this;
    }

    /** Takes a column of a published table away, as a build by an older moomoo would lack it. */
    public AnalyticRows hideColumn(String model, String column) {
        hidden.hideColumn(SCHEMA + "." + model, column);
        columnTypes.remove(model);
        return this;
    }

    /** A row for the published table of {@code model}, written by {@link Row#insert()}. */
    public Row into(String model) {
        return new Row(model);
    }

    /**
     * A file embedded from {@code embeddedSeconds} of audio, 200.9 s long by its tags, with the
     * recording id derived from its path; the album artist identity falls back to the artist's.
     *
     * @param leading the first components of the embedding, the rest zero
     */
    public Row embeddedFileRow(String path, UUID artist, UUID albumArtist, double embeddedSeconds, float... leading) {
        UUID identity = albumArtist != null ? albumArtist : artist;
        return into("local_files")
                .set("filepath", path)
                .set("recording_mbid", recording(path))
                .set("artist_mbid", artist)
                .set("album_artist_mbid", albumArtist)
                .set("artist_key", artist == null ? null : artist.toString())
                .set("album_artist_key", identity == null ? null : identity.toString())
                .set("track_length_seconds", 200.9)
                .set("embedding", leading)
                .set("embedding_success", true)
                .set("embedding_duration_seconds", embeddedSeconds);
    }

    /** An embedded file as {@link #embeddedFileRow}, without album artist, scored from 120 s of audio. */
    public AnalyticRows embeddedFile(String path, UUID artist, float... leading) {
        return embeddedFileRow(path, artist, null, 120, leading).insert();
    }

    /** An embedded file as {@link #embeddedFileRow}. */
    public AnalyticRows embeddedFile(
            String path, UUID artist, UUID albumArtist, double embeddedSeconds, float... leading) {
        return embeddedFileRow(path, artist, albumArtist, embeddedSeconds, leading)
                .insert();
    }

    /** A file that was never embedded, known by path and tag length only. */
    public AnalyticRows unembeddedFile(String path, double lengthSeconds) {
        return into("local_files")
                .set("filepath", path)
                .set("track_length_seconds", lengthSeconds)
                .insert();
    }

    /**
     * A file tagged with its release group, artist and album artist, never embedded, 180.5 s long;
     * its recording and release ids are derived from its path.
     */
    public AnalyticRows taggedFile(String path, UUID releaseGroup, UUID artist, UUID albumArtist) {
        return into("local_files")
                .set("filepath", path)
                .set("recording_mbid", recording(path))
                .set("release_mbid", UUID.nameUUIDFromBytes(("release:" + path).getBytes(StandardCharsets.UTF_8)))
                .set("release_group_mbid", releaseGroup)
                .set("artist_mbid", artist)
                .set("album_artist_mbid", albumArtist)
                .set("track_length_seconds", 180.5)
                .insert();
    }

    /** The recording id {@link #embeddedFileRow} and {@link #taggedFile} give {@code path}. */
    public static UUID recording(String path) {
        return UUID.nameUUIDFromBytes(path.getBytes(StandardCharsets.UTF_8));
    }

    /** An artist's collaborative-filtering factors. */
    public AnalyticRows factors(UUID artist, float... factors) {
        return into("artist_factors")
                .set("artist_mbid", artist)
                .set("factors", factors)
                .insert();
    }

    /** A user's listens of a file: lifetime and last-30-days counts and the recency score (null for none). */
    public AnalyticRows listens(String username, String path, double lifetime, double last30, Double recencyScore) {
        return into("file_listen_counts")
                .set("username", username)
                .set("filepath", path)
                .set("lifetime_listen_count", lifetime)
                .set("last30_listen_count", last30)
                .set("recency_score", recencyScore)
                .insert();
    }

    /** A user's love of a file at {@code at} (ISO-8601). */
    public AnalyticRows love(String username, String path, String at) {
        return into("loved_tracks")
                .set("username", username)
                .set("filepath", path)
                .set("love_at", at)
                .insert();
    }

    /** An MBID of kind {@code entity} ("recording", "release", "release-group", "artist") mapped to files. */
    public AnalyticRows mbid(UUID mbid, String entity, String... paths) {
        into("mbids").set("mbid", mbid).set("entity", entity).insert();
        String kind = entity.replace('-', '_');
        for (String path : paths) {
            into("map__file_" + kind)
                    .set("filepath", path)
                    .set(kind + "_mbid", mbid)
                    .insert();
        }
        return this;
    }

    /** Records a model publish, as the model runner does after a build. */
    public AnalyticRows published() {
        jdbc.sql("INSERT INTO " + PUBLISHED_BUILDS + " (models) VALUES ('{local_files}')")
                .update();
        return this;
    }

    /** The published type of every column of {@code model}'s table, as {@code format_type} writes it. */
    public Map<String, String> columns(String model) {
        return columnTypes.computeIfAbsent(model, name -> {
            Map<String, String> types = new LinkedHashMap<>();
            jdbc.sql("""
                    SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
                    WHERE a.attrelid = to_regclass(:table) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum
                    """)
                    .param("table", SCHEMA + "." + name)
                    .query((rs, i) -> types.put(rs.getString(1), rs.getString(2)))
                    .list();
            if (types.isEmpty()) {
                throw new IllegalStateException("no model publishes " + SCHEMA + "." + name
                        + "; fixtures write only into the tables of the models (AnalyticSchema)");
            }
            return types;
        });
    }

    /** One row being filled; {@link #insert()} writes it. */
    public final class Row {

        private final String model;
        private final Map<String, Object> values = new LinkedHashMap<>();

        private Row(String model) {
            this.model = model;
        }

        /** Sets (or replaces) a column's value; a {@code float[]} is written as a vector. */
        public Row set(String column, Object value) {
            values.put(column, value);
            return this;
        }

        /** Writes the row. */
        public AnalyticRows insert() {
            Map<String, String> types = columns(model);
            StringJoiner names = new StringJoiner(", ");
            StringJoiner casts = new StringJoiner(", ");
            Map<String, Object> params = new HashMap<>();
            int index = 0;
            for (Map.Entry<String, Object> entry : values.entrySet()) {
                String type = types.get(entry.getKey());
                if (type == null) {
                    throw new IllegalStateException(SCHEMA + "." + model + " as the models publish it has no column "
                            + entry.getKey() + " (it has " + String.join(", ", types.keySet()) + ")");
                }
                String param = "v" + index++;
                names.add(entry.getKey());
                casts.add("CAST(:" + param + " AS " + type + ")");
                params.put(param, entry.getValue() instanceof float[] vector ? vector(type, vector) : entry.getValue());
            }
            StatementSpec statement =
                    jdbc.sql("INSERT INTO " + SCHEMA + "." + model + " (" + names + ") VALUES (" + casts + ")");
            params.forEach(statement::param);
            statement.update();
            return AnalyticRows.this;
        }
    }

    // A vector's text form, padded with zeros to the column's dimension when it has one.
    private static String vector(String type, float[] leading) {
        Matcher dimension = DIMENSION.matcher(type);
        int size = dimension.matches() ? Integer.parseInt(dimension.group(1)) : leading.length;
        if (leading.length > size) {
            throw new IllegalArgumentException(leading.length + " components do not fit a " + type);
        }
        StringJoiner text = new StringJoiner(",", "[", "]");
        for (int i = 0; i < size; i++) {
            text.add(Float.toString(i < leading.length ? leading[i] : 0f));
        }
        return text.toString();
    }
}
