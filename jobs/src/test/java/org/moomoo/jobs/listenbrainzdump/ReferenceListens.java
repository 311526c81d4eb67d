package org.moomoo.jobs.listenbrainzdump;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The line rules of spec/ingest.md 5.10 done the simple way, one JSON tree per line with Jackson's
 * object mapper, to check the scanner and the parallel reader against; and dump-shaped lines to
 * feed both.
 */
final class ReferenceListens {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ReferenceListens() {}

    /** The pairs of one line ("user artist" strings), empty for a blank line; null when it is malformed. */
    static List<String> pairs(String line) {
        if (line.isBlank()) {
            return List.of();
        }
        JsonNode listen;
        try {
            listen = MAPPER.readTree(line);
        } catch (RuntimeException e) {
            return null;
        }
        JsonNode user = listen.get("user_id");
        JsonNode info = listen.path("track_metadata").get("additional_info");
        if (!listen.isObject()
                || user == null
                || !user.isInt()
                || user.intValue() < 0
                || info == null
                || !info.isObject()) {
            return null;
        }
        List<String> artists = new ArrayList<>();
        JsonNode list = info.get("artist_mbids");
        JsonNode single = info.get("artist_mbid");
        if (list != null && list.isArray() && !list.isEmpty()) {
            for (JsonNode element : list) {
                if (element.isString()) {
                    artists.add(element.stringValue());
                }
            }
        } else if (single != null && single.isString() && !single.stringValue().isEmpty()) {
            artists.add(single.stringValue());
        }
        List<String> pairs = new ArrayList<>();
        for (String artist : artists) {
            UUID uuid = LenientUuid.parse(artist);
            if (uuid != null) {
                pairs.add(user.intValue() + " " + uuid);
            }
        }
        return pairs;
    }

    /** The counts of every pair of {@code lines}, or the 1-based number of the first malformed line as "line N". */
    static Map<String, Integer> counts(List<String> lines) {
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> pairs = pairs(lines.get(i));
            if (pairs == null) {
                return Map.of("line " + (i + 1), -1);
            }
            for (String pair : pairs) {
                counts.merge(pair, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The counts as "user artist" to count, sorted. */
    static Map<String, Integer> counts(ListenCounts counts) {
        Map<String, Integer> map = new TreeMap<>();
        counts.forEach((user, artist, count) -> map.put(user + " " + artist, count));
        return map;
    }

    /**
     * A listen line shaped like the dumps' (every field the real lines have), with variety: names
     * with escapes and non-ASCII letters, a listen of two artists, one with a single artist_mbid,
     * one with a non-canonical MBID, one without artists.
     */
    static String line(Random random) {
        int user = random.nextInt(2_000);
        int artist = random.nextInt(300);
        String mbid =
                new UUID(0x3000_0000_0000_4000L | random.nextInt(1 << 20), 0x8000_0000_0000_0000L | artist).toString();
        String name = switch (random.nextInt(5)) {
            case 0 -> "Bj\u00f6rk & \\\"Friends\\\"";
            case 1 -> "\\u00c9dith Piaf\\n";
            case 2 -> "\u6771\u4eac\u4e8b\u5909 \uD83C\uDFB8";
            default -> "Artist " + artist;
        };
        String info = switch (random.nextInt(6)) {
            case 0 -> "\"artist_mbids\": [\"" + mbid + "\", \"" + new UUID(7, artist) + "\"], ";
            case 1 -> "\"artist_mbid\": \"" + mbid.toUpperCase() + "\", ";
            case 2 -> "\"artist_mbids\": [\"{urn:uuid:" + mbid.replace("-", "") + "}\"], ";
            case 3 -> "";
            default -> "\"artist_mbids\": [\"" + mbid + "\"], \"recording_mbid\": \"" + new UUID(9, artist) + "\", ";
        };
        return "{\"listened_at\": " + (1_740_000_000 + random.nextInt(1_000_000)) + ", \"recording_msid\": \""
                + new UUID(1, user) + "\", \"user_id\": " + user + ", \"user_name\": \"user" + user
                + "\", \"track_metadata\": {\"artist_name\": \"" + name + "\", \"track_name\": \"Track\\t"
                + random.nextInt(99) + "\", \"release_name\": null, \"additional_info\": {" + info
                + "\"duration_ms\": " + (120_000 + random.nextInt(200_000)) + ", \"rating\": -1.5e-3,"
                + " \"tags\": [], \"loved\": true, \"submission_client\": \"moomoo\"}, \"mbid_mapping\": {"
                + "\"artist_mbids\": [\"" + mbid + "\"], \"artists\": [{\"artist_credit_name\": \"" + name
                + "\", \"join_phrase\": \"\"}], \"caa_id\": 12345678}}, \"inserted_at\": 1740000005}";
    }
}
