package org.moomoo.playlist.revisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.moomoo.playlist.track.Track;

class RevisitTracksTest {

    private static final UUID ARTIST_X = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID OTHER_ARTIST = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private static Track track(String path, UUID artist) {
        return new Track(path, UUID.randomUUID(), null, null, artist, null, 200, null, null);
    }

    private static List<String> paths(List<Track> tracks) {
        return tracks.stream().map(Track::filepath).toList();
    }

    @Test
    void cullKeepsTwoPerArtistAndEachPathOnce() {
        List<Track> candidates = List.of(
                track("p1", ARTIST_X),
                track("p2", ARTIST_X),
                track("p3", ARTIST_X),
                track("p2", OTHER_ARTIST),
                track("p4", OTHER_ARTIST));

        assertThat(paths(RevisitTracks.cull(candidates, 5))).containsExactly("p1", "p2", "p4");
    }

    @Test
    void cullKeepsOneFilePerRecording() {
        UUID recording = UUID.randomUUID();
        List<Track> candidates = List.of(
                new Track("a.flac", recording, null, null, null, null, null, null, null),
                new Track("a.mp3", recording, null, null, null, null, null, null, null));

        assertThat(paths(RevisitTracks.cull(candidates, 5))).containsExactly("a.flac");
    }

    @Test
    void cullNeverTreatsMissingMbidsAsTheSame() {
        List<Track> candidates = List.of(Track.ofPath("a"), Track.ofPath("b"), Track.ofPath("c"), Track.ofPath("d"));

        assertThat(paths(RevisitTracks.cull(candidates, 5))).containsExactly("a", "b", "c", "d");
    }

    @Test
    void cullCountsAnAlbumArtistWithTheArtists() {
        List<Track> candidates = List.of(
                new Track("a", null, null, null, OTHER_ARTIST, ARTIST_X, null, null, null),
                new Track("b", null, null, null, ARTIST_X, null, null, null, null),
                new Track("c", null, null, null, ARTIST_X, ARTIST_X, null, null, null));

        assertThat(paths(RevisitTracks.cull(candidates, 5))).containsExactly("a", "b");
    }

    @Test
    void cullStopsAtTheTotal() {
        List<Track> candidates = List.of(Track.ofPath("a"), Track.ofPath("b"), Track.ofPath("c"));

        assertThat(paths(RevisitTracks.cull(candidates, 2))).containsExactly("a", "b");
    }
}
