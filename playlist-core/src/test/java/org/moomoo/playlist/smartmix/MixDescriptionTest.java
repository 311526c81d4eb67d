package org.moomoo.playlist.smartmix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MixDescriptionTest {

    private static List<PoolTrack> tracksBy(String... artistNames) {
        List<PoolTrack> tracks = new ArrayList<>();
        for (int i = 0; i < artistNames.length; i++) {
            tracks.add(PoolTracks.track(i, i, artistNames[i]));
        }
        return tracks;
    }

    @Test
    void namesArtistsByTrackCountThenAlphabetically() {
        String description = MixDescription.of(tracksBy("Cat", "Bee", "Cat", "Ant", "Dog", "Bee", "Cat"));

        assertThat(description).isEqualTo("Songs like: Cat, Bee, Ant, Dog");
    }

    @Test
    void namesAtMostFiveArtists() {
        String description = MixDescription.of(tracksBy("F", "E", "D", "C", "B", "A"));

        assertThat(description).isEqualTo("Songs like: A, B, C, D, E");
    }

    @Test
    void leavesOutVariousArtistsInAnyCase() {
        String description = MixDescription.of(tracksBy("VARIOUS ARTISTS", "Various Artists", "Ant"));

        assertThat(description).isEqualTo("Songs like: Ant");
    }
}
