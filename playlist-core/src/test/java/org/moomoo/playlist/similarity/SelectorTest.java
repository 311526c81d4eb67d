package org.moomoo.playlist.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.moomoo.playlist.track.Track;

/** The selector examples of spec/playlists-http-client.md 4.8 (6 to 9). */
class SelectorTest {

    private static final UUID VARIOUS_ARTISTS = UUID.fromString("89ad4ac3-39f7-470e-963a-56509c546377");

    private static List<String> select(TestLibrary library, List<String> seeds, int limit, int limitPerArtist) {
        LibrarySnapshot snapshot = library.build();
        return new Selector(new SimilarityEngine(() -> snapshot)).select(seeds, limit, limitPerArtist, null, null)
                .stream().map(Track::filepath).toList();
    }

    @Test
    void selectsTheNearestFiles() {
        assertThat(select(TestLibrary.tenFiles(), List.of("f0"), 20, 2))
                .containsExactly("f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9");
    }

    @Test
    void stopsAtTheLimit() {
        assertThat(select(TestLibrary.tenFiles(), List.of("f0"), 5, 2)).containsExactly("f1", "f2", "f3", "f4", "f5");
    }

    @Test
    void neverSelectsASeed() {
        assertThat(select(TestLibrary.tenFiles(), List.of("f0", "f1"), 20, 2))
                .containsExactly("f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9");
    }

    @Test
    void limitsTracksPerArtist() {
        TestLibrary sameArtist = TestLibrary.tenFiles(UUID.randomUUID(), null);

        assertThat(select(sameArtist, List.of("f0"), 5, 2)).containsExactly("f1", "f2");
    }

    @Test
    void aHighPerArtistLimitLetsTheLimitDecide() {
        TestLibrary sameArtist = TestLibrary.tenFiles(UUID.randomUUID(), null);

        assertThat(select(sameArtist, List.of("f0"), 5, 6)).containsExactly("f1", "f2", "f3", "f4", "f5");
    }

    @Test
    void specialPurposeArtistsAreNeverLimited() {
        TestLibrary various = TestLibrary.tenFiles(VARIOUS_ARTISTS, null);

        assertThat(select(various, List.of("f0"), 5, 2)).containsExactly("f1", "f2", "f3", "f4", "f5");
    }

    @Test
    void anAlbumArtistIsLimitedLikeATrackArtist() {
        TestLibrary sharedAlbumArtist = TestLibrary.tenFiles(null, UUID.randomUUID());

        assertThat(select(sharedAlbumArtist, List.of("f0"), 5, 2)).containsExactly("f1", "f2");
    }

    @Test
    void anAlbumArtistUnderAHighLimitLetsTheLimitDecide() {
        TestLibrary sharedAlbumArtist = TestLibrary.tenFiles(null, UUID.randomUUID());

        assertThat(select(sharedAlbumArtist, List.of("f0"), 5, 6)).containsExactly("f1", "f2", "f3", "f4", "f5");
    }

    @Test
    void noPerArtistLimitTakesTheStreamAsItComes() {
        TestLibrary sameArtist = TestLibrary.tenFiles(UUID.randomUUID(), null);

        assertThat(select(sameArtist, List.of("f0"), 5, 0)).containsExactly("f1", "f2", "f3", "f4", "f5");
    }

    @Test
    void aLimitOfZeroSelectsNothing() {
        assertThat(select(TestLibrary.tenFiles(), List.of("f0"), 0, 2)).isEmpty();
    }

    @Test
    void rejectsAnEmptySeedList() {
        LibrarySnapshot snapshot = TestLibrary.tenFiles().build();

        assertThatThrownBy(() -> new Selector(new SimilarityEngine(() -> snapshot)).select(List.of(), 5, 2, null, null))
                .hasMessage("No filepaths provided.");
    }
}
