package org.moomoo.jobs.musicbrainzdump;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code raw.musicbrainz_data_dumps} and their records (spec/ingest.md 3.13, 3.14). A stored record
 * is what makes an annotation stale: {@code annotate-mbids} re-annotates every MBID, and every
 * container of one, whose annotation is older than the dump's timestamp plus 20 minutes (spec 5.2,
 * the "updated" selector). This class never writes the annotations themselves.
 */
final class MusicBrainzDumpsTable {

    private static final String UPSERT_DUMP = """
            insert into raw.musicbrainz_data_dumps (slug, packet_number, entity, dump_timestamp, refreshed_at)
            values (:slug, :packet, :entity, :timestamp, :now)
            on conflict (slug) do update set packet_number = excluded.packet_number, entity = excluded.entity,
                dump_timestamp = excluded.dump_timestamp, refreshed_at = excluded.refreshed_at
            """;

    private static final String INSERT_RECORD =
            "insert into raw.musicbrainz_data_dump_records (slug, mbid, json_data) values (?, ?, ?::jsonb)";

    private static final String STALE = """
            with changed as (
                select r.mbid from raw.musicbrainz_data_dump_records r where r.slug = :slug
                union
                select (c ->> 'mbid')::uuid from raw.musicbrainz_data_dump_records r,
                    jsonb_array_elements(r.json_data -> 'containers') c
                where r.slug = :slug and c ->> 'mbid' is not null)
            select count(*) from raw.musicbrainz_annotations a join changed using (mbid)
            where a.ts_utc < cast(:timestamp as timestamptz) + interval '20 minutes'
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    MusicBrainzDumpsTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest stored packet of {@code entity}, or null when none is stored. */
    Integer latestPacket(String entity) {
        return jdbc.sql("select max(packet_number) from raw.musicbrainz_data_dumps where entity = :entity")
                .param("entity", entity)
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    /** The slugs of dumps whose timestamp is before {@code before}, oldest first. */
    List<String> olderThan(Instant before) {
        return jdbc.sql("select slug from raw.musicbrainz_data_dumps where dump_timestamp < :before"
                        + " order by dump_timestamp, slug")
                .param("before", Timestamp.from(before))
                .query(String.class)
                .list();
    }

    /** Deletes dump {@code slug} and its records. */
    void drop(String slug) {
        jdbc.sql("delete from raw.musicbrainz_data_dump_records where slug = :slug")
                .param("slug", slug)
                .update();
        jdbc.sql("delete from raw.musicbrainz_data_dumps where slug = :slug")
                .param("slug", slug)
                .update();
    }

    /**
     * Stores {@code dump} in place of what was stored under its slug.
     *
     * @return how many stored annotations the dump makes stale
     */
    int store(PacketDump dump, Instant now) {
        jdbc.sql(UPSERT_DUMP)
                .param("slug", dump.slug())
                .param("packet", dump.packet())
                .param("entity", dump.entity())
                .param("timestamp", Timestamp.from(dump.timestamp()))
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql("delete from raw.musicbrainz_data_dump_records where slug = :slug")
                .param("slug", dump.slug())
                .update();
        for (Map.Entry<UUID, List<Container>> record : dump.changed().entrySet()) {
            ObjectNode data = json.createObjectNode();
            ArrayNode containers = data.putArray("containers");
            for (Container container : record.getValue()) {
                containers.addObject().put("mbid", container.mbid()).put("entity", container.entity());
            }
            jdbc.sql(INSERT_RECORD)
                    .params(dump.slug(), record.getKey(), data.toString())
                    .update();
        }
        return jdbc.sql(STALE)
                .param("slug", dump.slug())
                .param("timestamp", Timestamp.from(dump.timestamp()))
                .query(Integer.class)
                .single();
    }
}
