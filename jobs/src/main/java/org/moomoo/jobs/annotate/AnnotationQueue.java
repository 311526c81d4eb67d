package org.moomoo.jobs.annotate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.moomoo.jobs.launcher.JobRefusedException;
import org.moomoo.jobs.musicbrainz.EntityLookup;
import org.moomoo.jobs.worklist.Partition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Chooses the MBIDs to annotate from the state of the tables (spec/ingest.md 5.2): so a run that
 * stopped anywhere chooses again, on its next start, exactly what is still to do.
 *
 * <p>The selectors read the model {@code <schema>.mbids} (what the models know of), the annotations
 * and the MusicBrainz dump records. Each enabled selector's queue size per entity goes to
 * {@code raw.annotation_queue_log} at most every five minutes. The queue takes new MBIDs first,
 * then failed ones, updated ones and stale ones, each shuffled, without repeats, up to the limit.
 * Not final: Spring proxies it to scope it to one job execution.
 */
class AnnotationQueue {

    private static final Logger log = LoggerFactory.getLogger(AnnotationQueue.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Duration LOG_INTERVAL = Duration.ofSeconds(300);
    private static final String ENTITY_LIST = "('recording', 'release', 'artist', 'release-group')";
    private static final String UUID_PATTERN =
            "'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'";

    private final JdbcClient jdbc;
    private final String schema;
    private final Clock clock;
    private final Random random;

    AnnotationQueue(JdbcClient jdbc, String schema, Clock clock, Random random) {
        if (!IDENTIFIER.matcher(schema).matches()) {
            throw new IllegalArgumentException("moomoo.models.schema=" + schema + " is not a plain schema name");
        }
        this.jdbc = jdbc;
        this.schema = schema;
        this.clock = clock;
        this.random = random;
    }

    /** @throws JobRefusedException when the models were never built, so no MBID is known */
    void requireMbids() {
        String table = schema + ".mbids";
        boolean found = jdbc.sql("SELECT to_regclass(?) IS NOT NULL")
                .param(table)
                .query(Boolean.class)
                .single();
        if (!found) {
            throw new JobRefusedException(
                    table + " does not exist: build the models first (./moomoo jobs run build-models)");
        }
    }

    /**
     * Deletes the failed annotations of MBIDs the models no longer know, that have no good payload
     * and last failed over a month ago.
     */
    int dropDangling() {
        log.info("Dropping dangling annotations...");
        int deleted = jdbc.sql("DELETE FROM raw.musicbrainz_annotations a WHERE a.payload_json IS NULL"
                        + " AND a.last_error IS NOT NULL AND coalesce(a.last_error_at, a.ts_utc) < ?"
                        + " AND NOT EXISTS (SELECT 1 FROM " + schema + ".mbids m WHERE m.mbid = a.mbid)")
                .param(Timestamp.from(
                        clock.instant().atZone(ZoneOffset.UTC).minusMonths(1).toInstant()))
                .update();
        log.info("Deleted {} dangling annotations.", deleted);
        return deleted;
    }

    /** The queue of {@code options}, after logging its sizes. */
    List<Target> choose(QueueOptions options) {
        Map<String, List<Target>> bySource = new LinkedHashMap<>();
        if (options.fresh()) {
            bySource.put("new", fresh(options.partition()));
        }
        if (options.updated()) {
            bySource.put("updated", updated(options.partition()));
        }
        if (options.retryFailures()) {
            bySource.put("http_fail", failed(options.partition()));
        }
        options.before().ifPresent(before -> bySource.put("old", stale(before, options.partition())));
        logQueueSizes(bySource);
        List<List<Target>> byPriority = new ArrayList<>();
        for (String source : List.of("new", "http_fail", "updated", "old")) {
            if (bySource.containsKey(source)) {
                byPriority.add(bySource.get(source));
            }
        }
        return topN(byPriority, options.limit().orElse(Integer.MAX_VALUE));
    }

    /** MBIDs of the model without an annotation. */
    List<Target> fresh(Partition partition) {
        return targets(
                "SELECT m.mbid::text AS mbid, m.entity FROM " + schema + ".mbids m WHERE m.entity IN " + ENTITY_LIST
                        + " AND NOT EXISTS (SELECT 1 FROM raw.musicbrainz_annotations a WHERE a.mbid = m.mbid)"
                        + " ORDER BY m.mbid",
                List.of(),
                partition);
    }

    /** Annotations fetched (or last tried) before a dump reported a change, less 20 minutes. */
    List<Target> updated(Partition partition) {
        // The dumps are hourly and stamped with the start of the hour they cover: hence the buffer.
        return targets("""
                WITH updates AS (
                  SELECT d.entity, r.mbid, max(d.dump_timestamp) AS ts
                  FROM raw.musicbrainz_data_dump_records r JOIN raw.musicbrainz_data_dumps d ON d.slug = r.slug
                  WHERE d.entity IN %1$s
                  GROUP BY d.entity, r.mbid
                  UNION ALL
                  SELECT c.container ->> 'entity', lower(c.container ->> 'mbid')::uuid, max(d.dump_timestamp)
                  FROM raw.musicbrainz_data_dump_records r JOIN raw.musicbrainz_data_dumps d ON d.slug = r.slug
                  CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(r.json_data -> 'containers') = 'array'
                    THEN r.json_data -> 'containers' ELSE '[]'::jsonb END) AS c (container)
                  WHERE d.entity IN %1$s AND c.container ->> 'entity' IN %1$s AND c.container ->> 'mbid' ~ %2$s
                  GROUP BY 1, 2
                ), latest AS (
                  SELECT entity, mbid, max(ts) AS ts FROM updates GROUP BY entity, mbid
                )
                SELECT a.mbid::text AS mbid, a.entity FROM raw.musicbrainz_annotations a
                JOIN latest u ON u.entity = a.entity AND u.mbid = a.mbid
                WHERE greatest(a.ts_utc, a.last_error_at) < u.ts + interval '20 minutes'
                ORDER BY a.mbid
                """.formatted(ENTITY_LIST, UUID_PATTERN), List.of(), partition);
    }

    /** Annotations whose last lookup failed other than with a 4xx status, which a retry would not change. */
    List<Target> failed(Partition partition) {
        return targets(
                "SELECT a.mbid::text AS mbid, a.entity FROM raw.musicbrainz_annotations a"
                        + " WHERE a.last_error IS NOT NULL AND a.last_error NOT LIKE 'HTTP 4%' AND a.entity IN "
                        + ENTITY_LIST + " ORDER BY a.mbid",
                List.of(),
                partition);
    }

    /** Annotations of MBIDs the models know that were fetched before {@code before}, oldest first. */
    List<Target> stale(Instant before, Partition partition) {
        return targets(
                "SELECT a.mbid::text AS mbid, m.entity FROM raw.musicbrainz_annotations a JOIN " + schema
                        + ".mbids m ON m.mbid = a.mbid WHERE a.ts_utc < ? AND m.entity IN " + ENTITY_LIST
                        + " ORDER BY a.ts_utc, a.mbid",
                List.of(Timestamp.from(before)),
                partition);
    }

    /**
     * MBIDs that annotated documents lead to and that have no annotation yet: the releases of
     * artists and the release groups of releases, in uuid order.
     */
    List<Target> dependents(Partition partition, int limit) {
        List<Target> all = targets("""
                WITH dependents AS (
                  SELECT lower(e.release ->> 'id') AS mbid, 'release' AS entity
                  FROM raw.musicbrainz_annotations a
                  CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(a.payload_json -> 'releases') = 'array'
                    THEN a.payload_json -> 'releases' ELSE '[]'::jsonb END) AS e (release)
                  WHERE a.entity = 'artist'
                  UNION
                  SELECT lower(a.payload_json -> 'release-group' ->> 'id'), 'release-group'
                  FROM raw.musicbrainz_annotations a
                  WHERE a.entity = 'release'
                )
                SELECT d.mbid::uuid::text AS mbid, d.entity FROM dependents d
                WHERE d.mbid ~ %s
                  AND NOT EXISTS (SELECT 1 FROM raw.musicbrainz_annotations x WHERE x.mbid = d.mbid::uuid)
                ORDER BY d.mbid::uuid
                """.formatted(UUID_PATTERN), List.of(), partition);
        return all.subList(0, Math.min(limit, all.size()));
    }

    private List<Target> targets(String sql, List<Object> params, Partition partition) {
        return jdbc
                .sql(sql)
                .params(params)
                .query((rs, i) -> new Target(rs.getString("mbid"), rs.getString("entity")))
                .stream()
                .filter(t -> partition.contains(t.mbid()))
                .toList();
    }

    /**
     * Logs each source's queue size per entity, unless the source was logged less than five
     * minutes ago. Returns whether any source was logged.
     */
    boolean logQueueSizes(Map<String, List<Target>> bySource) {
        Instant now = clock.instant();
        boolean logged = false;
        for (Map.Entry<String, List<Target>> source : bySource.entrySet()) {
            Timestamp last = jdbc.sql("SELECT max(as_of_ts_utc) FROM raw.annotation_queue_log WHERE source = ?")
                    .param(source.getKey())
                    .query(Timestamp.class)
                    .optional()
                    .orElse(null);
            if (last != null && last.toInstant().isAfter(now.minus(LOG_INTERVAL))) {
                continue;
            }
            for (String entity : EntityLookup.ENTITIES) {
                long size = source.getValue().stream()
                        .filter(t -> t.entity().equals(entity))
                        .count();
                jdbc.sql(
                                "INSERT INTO raw.annotation_queue_log (source, entity, as_of_ts_utc, queue_size, insert_ts_utc)"
                                        + " VALUES (?, ?, ?, ?, ?)")
                        .params(source.getKey(), entity, Timestamp.from(now), (int) size, Timestamp.from(now))
                        .update();
            }
            logged = true;
        }
        log.info(logged ? "Updated annotation queue log." : "Skipped annotation queue log update.");
        return logged;
    }

    /** The lists walked in order, each shuffled, keeping each MBID once, until {@code n} are taken. */
    private List<Target> topN(List<List<Target>> lists, int n) {
        List<Target> chosen = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<Target> list : lists) {
            List<Target> shuffled = new ArrayList<>(list);
            Collections.shuffle(shuffled, random);
            for (Target target : shuffled) {
                if (chosen.size() >= n) {
                    return chosen;
                }
                if (seen.add(target.mbid())) {
                    chosen.add(target);
                }
            }
        }
        return chosen;
    }
}
