package org.moomoo.jobs.listenbrainzdump;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Builds small ListenBrainz incremental dump archives (tar, then Zstandard) for the tests. */
final class DumpArchives {

    /** The three listens of the original's fixture (spec/ingest.md 5.10, "Test resources"). */
    static final String SAMPLE_LISTENS = """
            {"user_id":1,"track_metadata":{"additional_info":{"artist_mbids":["00000000-0000-0000-0000-000000000000", "00000000-0000-0000-0000-000000000001"]}}}
            {"user_id":2,"track_metadata":{"additional_info":{"artist_mbid":"00000000-0000-0000-0000-000000000000"}}}
            {"user_id":3,"track_metadata":{"additional_info":{"artist_mbid":"00000000-0000-0000-0000-000000000000"}}}
            """;

    private final Map<String, byte[]> members = new LinkedHashMap<>();

    /** An archive with the timestamps of the original's fixture. */
    static DumpArchives sample() {
        return new DumpArchives()
                .add("START_TIMESTAMP", "2025-02-13 00:00:00+00:00")
                .add("END_TIMESTAMP", "2025-02-14 00:00:00+00:00\n");
    }

    DumpArchives add(String name, String content) {
        members.put(name, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** The archive: the members in the order added, tarred, then compressed as one zstd frame. */
    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new ZstdOutputStream(out))) {
            for (Map.Entry<String, byte[]> member : members.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(member.getKey());
                entry.setSize(member.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(member.getValue());
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A listen line of {@code userId} with {@code artists} in additional_info.artist_mbids, shaped like the dumps'. */
    static String listen(int userId, String... artists) {
        String list = artists.length == 0 ? "" : "\"" + String.join("\", \"", artists) + "\"";
        return "{\"listened_at\": 1739404800, \"recording_msid\": \"4a6e2b7c-0000-4000-8000-000000000001\","
                + " \"user_id\": " + userId + ", \"user_name\": \"user" + userId + "\", \"track_metadata\":"
                + " {\"artist_name\": \"Someone\", \"track_name\": \"Song\", \"release_name\": \"Album\","
                + " \"additional_info\": {\"artist_mbids\": [" + list + "], \"media_player\": \"moomoo\"},"
                + " \"mbid_mapping\": {\"artist_mbids\": [\"ffffffff-0000-4000-8000-000000000000\"]}}}\n";
    }
}
