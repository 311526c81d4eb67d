package org.moomoo.client.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moomoo.client.ClientRun;
import org.moomoo.client.playlist.Playlist;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JspfRendererTest {

    private final JspfRenderer renderer = new JspfRenderer(ClientRun.CLOCK);

    private JsonNode render(Playlist playlist) {
        return JsonMapper.builder().build().readTree(renderer.render(playlist));
    }

    @Test
    void carriesThePlaylistsMetadata() {
        JsonNode playlist = render(TestPlaylists.tagged()).get("playlist");

        assertThat(playlist.get("title").stringValue()).isEqualTo("Smart Mix 1");
        assertThat(playlist.get("creator").stringValue()).isEqualTo("moomoo");
        assertThat(playlist.get("annotation").stringValue()).isEqualTo("Tracks like Artist A & Artist B");
        assertThat(playlist.get("date").stringValue()).isEqualTo("2026-12-01T11:00:00+01:00");
    }

    @Test
    void describesEachTrackAsXspfDoes() {
        JsonNode tracks = render(TestPlaylists.tagged()).get("playlist").get("track");

        assertThat(tracks.size()).isEqualTo(3);
        JsonNode second = tracks.get(1);
        assertThat(second.get("location").isArray()).isTrue();
        assertThat(second.get("location").get(0).stringValue())
                .isEqualTo("/music/Artist%20B/%C3%9Cn%C3%AFcode%20%232.mp3");
        assertThat(second.get("title").stringValue()).isEqualTo("Near & <Far>");
        assertThat(second.get("creator").stringValue()).isEqualTo("Artist B");
        assertThat(second.get("album").stringValue()).isEqualTo("Other");
        assertThat(second.get("duration").asLong()).isEqualTo(181_000L);
    }

    @Test
    void leavesOutUnknownValues() {
        JsonNode document =
                render(new Playlist(null, null, List.of(org.moomoo.client.playlist.Track.ofPath("/lib/a.mp3"))));

        assertThat(document.get("playlist").has("title")).isFalse();
        assertThat(document.get("playlist").has("annotation")).isFalse();
        JsonNode track = document.get("playlist").get("track").get(0);
        assertThat(track.propertyNames()).containsExactly("location");
    }
}
