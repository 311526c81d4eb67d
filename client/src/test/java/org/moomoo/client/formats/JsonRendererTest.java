package org.moomoo.client.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moomoo.client.playlist.Playlist;
import org.moomoo.client.playlist.Track;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonRendererTest {

    private final JsonRenderer renderer = new JsonRenderer();

    // the original client's test (spec 8.5), string for string
    @Test
    void rendersTheOriginalsExactLineForAnUntaggedTrack() {
        Playlist playlist = new Playlist(null, "aaa", List.of(Track.ofPath("/lib/test.mp3")));

        assertThat(renderer.render(playlist))
                .isEqualTo(
                        "{\"playlist\": [{\"filepath\": \"/lib/test.mp3\", \"track_length_seconds\": null}], \"description\": \"aaa\"}\n");
    }

    @Test
    void addsTagsAndTitleAfterTheOriginalsKeys() {
        JsonNode json = JsonMapper.builder().build().readTree(renderer.render(TestPlaylists.tagged()));

        assertThat(json.get("title").stringValue()).isEqualTo("Smart Mix 1");
        assertThat(json.get("description").stringValue()).isEqualTo("Tracks like Artist A & Artist B");
        JsonNode second = json.get("playlist").get(1);
        assertThat(second.get("filepath").stringValue()).isEqualTo("/music/Artist B/Ünïcode #2.mp3");
        assertThat(second.get("track_length_seconds").asInt()).isEqualTo(181);
        assertThat(second.get("title").stringValue()).isEqualTo("Near & <Far>");
        assertThat(second.get("artist").stringValue()).isEqualTo("Artist B");
        assertThat(second.get("album").stringValue()).isEqualTo("Other");
        assertThat(json.get("playlist").get(2).has("title")).isFalse();
    }

    @Test
    void isOneLine() {
        assertThat(renderer.render(TestPlaylists.tagged()).strip()).doesNotContain("\n");
    }

    @Test
    void writesANullDescriptionAsNull() {
        assertThat(renderer.render(new Playlist(null, null, List.of())))
                .isEqualTo("{\"playlist\": [], \"description\": null}\n");
    }
}
