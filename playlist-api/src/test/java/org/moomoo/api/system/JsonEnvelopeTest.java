package org.moomoo.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Track;

/** The envelope is spaced and escaped as Python's json.dumps writes it. */
class JsonEnvelopeTest {

    @Test
    void anEmptyPlaylistIsAnEmptyList() {
        assertThat(text(JsonEnvelope.success(List.of(new Playlist(null, null, List.of())))))
                .isEqualTo("{\"success\": true, \"playlists\": [{\"playlist\": []}]}");
    }

    @Test
    void separatorsInsideStringsAreLeftAlone() {
        assertThat(text(JsonEnvelope.failure("a, b: \"c\", d\\e")))
                .isEqualTo("{\"success\": false, \"error\": \"a, b: \\\"c\\\", d\\\\e\"}");
    }

    @Test
    void charactersBeyondAsciiAreEscapedAsPythonDoes() {
        assertThat(text(JsonEnvelope.success(List.of(new Playlist("Ünï ✓", "𝄞", List.of(Track.ofPath("é/ß.mp3")))))))
                .isEqualTo(
                        "{\"success\": true, \"playlists\": [{\"playlist\": [{\"filepath\": \"\\u00e9/\\u00df.mp3\"}],"
                                + " \"title\": \"\\u00dcn\\u00ef \\u2713\", \"description\": \"\\ud834\\udd1e\"}]}");
    }

    @Test
    void numbersAndBooleansOfTracksAreSpaced() {
        Track track = new Track("a.flac", null, null, null, null, null, 200, 0.25, false);
        assertThat(text(JsonEnvelope.success(List.of(new Playlist(null, null, List.of(track, Track.ofPath("b")))))))
                .isEqualTo("{\"success\": true, \"playlists\": [{\"playlist\": [{\"filepath\": \"a.flac\", "
                        + "\"track_length_seconds\": 200, \"match_distance\": 0.25, \"is_seed\": false}, "
                        + "{\"filepath\": \"b\"}]}]}");
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.US_ASCII);
    }
}
