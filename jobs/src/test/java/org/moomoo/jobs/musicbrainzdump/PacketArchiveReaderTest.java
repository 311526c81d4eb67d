package org.moomoo.jobs.musicbrainzdump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Reading one MetaBrainz JSON dump (spec/ingest.md 5.12, "Archive contents" and "Containers"). */
class PacketArchiveReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static PacketDump read(String entity, String records) {
        return PacketArchiveReader.read(
                1,
                entity,
                new ByteArrayInputStream(PacketArchives.of(entity, records).bytes()));
    }

    private static String id(int n) {
        return PacketArchives.mbid(n);
    }

    @Test
    void readsObjectsSeparatedByAnyWhiteSpace() {
        String o = "{\"id\": \"" + id(1) + "\"}";
        String p = "{\"id\": \"" + id(2) + "\"}";
        String q = "{\"id\": \"" + id(3) + "\"}";

        for (String records : List.of(
                o + "\n" + p + "\n" + q,
                o + "   " + p + " \n " + q + " ",
                "\n\n" + o + "\n\n\n" + p + "\n" + q + "\n\n")) {
            assertThat(read("artist", records).changed()).hasSize(3);
        }
        assertThat(read("artist", "{\"id\": \"" + id(1) + "\", \"a\": \"line1\\nline2\"}\n" + p)
                        .changed())
                .hasSize(2);
    }

    @Test
    void readsTheTimestampWithOrWithoutFractionalSeconds() {
        PacketDump dump = read("artist", PacketArchives.artists(1, 5));

        assertThat(dump.timestamp()).isEqualTo(Instant.parse("2025-12-04T23:31:59.823155Z"));
        assertThat(dump.slug()).isEqualTo("1-artist");
        assertThat(dump.changed()).hasSize(5);
        assertThat(PacketArchiveReader.timestamp("1-artist", "2025-12-04 23:31:59+00"))
                .isEqualTo(Instant.parse("2025-12-04T23:31:59Z"));
    }

    @Test
    void keepsOnlyObjectsWithAnIdAndTheLastRecordOfARepeatedId() {
        String records = "{\"name\": \"no id\"}\n{\"id\": \"" + id(1) + "\", \"release-group\": {\"id\": \"" + id(7)
                + "\"}, \"artist-credit\": []}\n{\"id\": \"" + id(1) + "\", \"release-group\": {\"id\": \"" + id(8)
                + "\"}, \"artist-credit\": []}\n";

        PacketDump dump = read("release", records);

        assertThat(dump.changed()).containsOnlyKeys(UUID.fromString(id(1)));
        assertThat(dump.changed().get(UUID.fromString(id(1)))).containsExactly(new Container(id(8), "release-group"));
    }

    @Test
    void aReleaseHasItsReleaseGroupThenItsArtistsAsContainers() {
        String release = "{\"id\": \"" + id(1) + "\", \"release-group\": {\"id\": \"" + id(2) + "\"},"
                + " \"artist-credit\": [{\"artist\": {\"id\": \"" + id(3) + "\"}}, {\"artist\": {\"id\": \"" + id(4)
                + "\"}}]}";

        assertThat(PacketArchiveReader.containers(
                        "1-release", "release", UUID.fromString(id(1)), JSON.readTree(release)))
                .containsExactly(
                        new Container(id(2), "release-group"),
                        new Container(id(3), "artist"),
                        new Container(id(4), "artist"));
        assertThat(PacketArchiveReader.containers(
                        "1-release-group", "release-group", UUID.fromString(id(1)), JSON.readTree(release)))
                .containsExactly(new Container(id(3), "artist"), new Container(id(4), "artist"));
        assertThat(PacketArchiveReader.containers("1-artist", "artist", UUID.fromString(id(1)), JSON.readTree(release)))
                .isEmpty();
        assertThat(PacketArchiveReader.containers(
                        "1-recording", "recording", UUID.fromString(id(1)), JSON.readTree(release)))
                .isEmpty();
    }

    @Test
    void aReleaseWithoutItsGroupOrAMissingMemberIsRefused() {
        assertThatThrownBy(() -> read("release", "{\"id\": \"" + id(1) + "\", \"artist-credit\": []}"))
                .isInstanceOf(PacketDumpException.class)
                .hasMessageContaining("record " + id(1) + " has no release-group.id");
        assertThatThrownBy(() -> PacketArchiveReader.read(
                        1,
                        "artist",
                        new ByteArrayInputStream(new PacketArchives()
                                .add("TIMESTAMP", PacketArchives.TIMESTAMP)
                                .bytes())))
                .hasMessageContaining("dump 1-artist has no mbdump/artist file");
        assertThatThrownBy(() -> PacketArchiveReader.read(1, "artist", new ByteArrayInputStream("nope".getBytes())))
                .hasMessageContaining("dump 1-artist is truncated or corrupt");
    }
}
