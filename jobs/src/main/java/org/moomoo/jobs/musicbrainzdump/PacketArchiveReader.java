package org.moomoo.jobs.musicbrainzdump;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one MetaBrainz JSON dump ({@code <entity>.tar.xz}) as it streams in: its {@code TIMESTAMP}
 * and the entities of {@code mbdump/<entity>}, a stream of JSON objects separated by any white
 * space (spec/ingest.md 5.12, "Archive contents").
 */
final class PacketArchiveReader {

    /** {@code 2025-12-04 23:31:59.823155}, fractional seconds optional (DESIGN 9.13). */
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .toFormatter();

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            // Each record is read alone from a stream of many.
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private PacketArchiveReader() {}

    /**
     * @throws PacketDumpException when the archive is broken, lacks a member, or holds a record
     *     without the keys its containers need
     */
    static PacketDump read(int packet, String entity, InputStream compressed) {
        String slug = packet + "-" + entity;
        Instant timestamp = null;
        Map<UUID, List<Container>> changed = null;
        try (InputStream xz = new XZInputStream(new BufferedInputStream(compressed, 1 << 16))) {
            TarArchiveInputStream tar = new TarArchiveInputStream(xz);
            TarArchiveEntry member;
            while ((member = tar.getNextEntry()) != null) {
                String name = member.getName();
                if (name.startsWith("./")) {
                    name = name.substring(2);
                }
                if (name.equals("TIMESTAMP")) {
                    timestamp = timestamp(slug, new String(tar.readNBytes(256), StandardCharsets.UTF_8));
                } else if (name.equals("mbdump/" + entity)) {
                    changed = records(slug, entity, tar);
                }
            }
        } catch (IOException e) {
            throw new PacketDumpException("dump " + slug + " is truncated or corrupt: " + e.getMessage(), e);
        }
        if (timestamp == null) {
            throw new PacketDumpException("dump " + slug + " has no TIMESTAMP file");
        }
        if (changed == null) {
            throw new PacketDumpException("dump " + slug + " has no mbdump/" + entity + " file");
        }
        return new PacketDump(packet, entity, timestamp, changed);
    }

    /** {@code 2025-12-04 23:31:59.823155+00}: everything from the first {@code +} on is dropped; UTC. */
    static Instant timestamp(String slug, String text) {
        String trimmed = text.strip();
        int plus = trimmed.indexOf('+');
        String local = plus < 0 ? trimmed : trimmed.substring(0, plus);
        try {
            return LocalDateTime.parse(local, TIMESTAMP).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new PacketDumpException("dump " + slug + ": TIMESTAMP holds '" + trimmed
                    + "', not a time such as 2025-12-04 23:31:59.823155+00");
        }
    }

    private static Map<UUID, List<Container>> records(String slug, String entity, InputStream in) {
        Map<UUID, List<Container>> changed = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(in)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    continue;
                }
                JsonNode record = JSON.readTree(parser);
                if (!record.has("id")) {
                    continue;
                }
                UUID mbid;
                try {
                    mbid = UUID.fromString(record.path("id").asString());
                } catch (IllegalArgumentException e) {
                    throw new PacketDumpException("dump " + slug + ": a record's id '"
                            + record.path("id").asString() + "' is not an MBID");
                }
                // A repeated id: the later record wins (DESIGN 9.7); remove first to keep its place last.
                changed.remove(mbid);
                changed.put(mbid, containers(slug, entity, mbid, record));
            }
        } catch (JacksonException e) {
            throw new PacketDumpException(
                    "dump " + slug + ": malformed JSON in mbdump/" + entity + " (" + e.getOriginalMessage() + ")", e);
        }
        return changed;
    }

    /** The parents a change of {@code record} affects (spec/ingest.md 5.12, "Containers"). */
    static List<Container> containers(String slug, String entity, UUID mbid, JsonNode record) {
        List<Container> containers = new ArrayList<>();
        if (entity.equals("release")) {
            String group = record.path("release-group").path("id").asString("");
            if (group.isEmpty()) {
                throw missing(slug, mbid, "release-group.id");
            }
            containers.add(new Container(group, "release-group"));
        }
        if (entity.equals("release") || entity.equals("release-group")) {
            JsonNode credits = record.path("artist-credit");
            if (!credits.isArray()) {
                throw missing(slug, mbid, "artist-credit");
            }
            for (JsonNode credit : credits) {
                String artist = credit.path("artist").path("id").asString("");
                if (artist.isEmpty()) {
                    throw missing(slug, mbid, "artist-credit[].artist.id");
                }
                containers.add(new Container(artist, "artist"));
            }
        }
        return containers;
    }

    private static PacketDumpException missing(String slug, UUID mbid, String key) {
        return new PacketDumpException("dump " + slug + ": record " + mbid + " has no " + key);
    }
}
