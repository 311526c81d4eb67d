package org.moomoo.client.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moomoo.client.playlist.Playlist;
import org.moomoo.client.playlist.Track;

class M3u8RendererTest {

    private final M3u8Renderer renderer = new M3u8Renderer();

    @Test
    void listsEachTrackWithDurationArtistTitleAndPath() {
        assertThat(renderer.render(TestPlaylists.tagged())).isEqualTo("""
                #EXTM3U
                #PLAYLIST:Smart Mix 1 - Tracks like Artist A & Artist B
                #EXTINF:200,Artist A - Seed
                /music/Artist A/Album/01 Seed.flac
                #EXTINF:181,Artist B - Near & <Far>
                /music/Artist B/Ünïcode #2.mp3
                #EXTINF:0,
                /music/Loose/untagged.ogg
                """);
    }

    @Test
    void leavesOutThePlaylistLineWithoutTitleOrDescription() {
        assertThat(renderer.render(new Playlist(null, "", List.of(Track.ofPath("/lib/a.mp3")))))
                .isEqualTo("#EXTM3U\n#EXTINF:0,\n/lib/a.mp3\n");
    }

    @Test
    void showsTheTitleAloneWhenTheArtistIsUnknown() {
        Playlist playlist = new Playlist(null, "aaa", List.of(new Track("/lib/a.mp3", 61, "Only title", null, null)));

        assertThat(renderer.render(playlist)).isEqualTo("#EXTM3U\n#PLAYLIST:aaa\n#EXTINF:61,Only title\n/lib/a.mp3\n");
    }
}
