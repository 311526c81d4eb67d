package org.moomoo.playlist.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.moomoo.playlist.track.Track;

/**
 * The selector examples of spec/playlists-http-client.md 4.8 (6 to 9), and the artist identities of
 * DESIGN 9.19 in libraries without MusicBrainz ids.
 */
class SelectorTest {

    private static final UUID VARIOUS_ARTISTS = UUID.fromString("89ad4ac3-39f7-470e-963a-56509c546377");

    private static List<String> select(TestLibrary library, List<String> seeds, int limit, int limitPerArtist) {
        LibrarySnapshot snapshot = library.build();
        return new Selector(new SimilarityEngine(() -> snapshot))
                .select(seeds, limit, limitPerArtist, null, null).stream()
                        .map(Track::filepath)
                        .toList();
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
    void filesWithoutMbidsAreSelected() {
        TestLibrary untagged = new TestLibrary();
        for (int i = 0; i < 10; i++) {
            untagged.named("f" + i, "artist " + i, "artist " + i, TestLibrary.tenTimes(i));
        }

        assertThat(select(untagged, List.of("f0"), 5, 2)).containsExactly("f1", "f2", "f3", "f4", "f5");
    }

    @Test
    void aNameIsLimitedLikeAnMbid() {
        TestLibrary sameName = TestLibrary.tenNamedFiles("beatles", "beatles");

        assertThat(select(sameName, List.of("f0"), 5, 2)).containsExactly("f1", "f2");
    }

    @Test
    void anAlbumArtistNameIsLimitedLikeATrackArtist() {
        TestLibrary sharedAlbumArtist = new TestLibrary();
        for (int i = 0; i < 10; i++) {
            sharedAlbumArtist.named("f" + i, "artist " + i, "bjork", TestLibrary.tenTimes(i));
        }

        assertThat(select(sharedAlbumArtist, List.of("f0"), 5, 2)).containsExactly("f1", "f2");
    }

    @Test
    void nullIdentitiesNeverCollide() {
        TestLibrary noIdentity = TestLibrary.tenNamedFiles(null, null);

        assertThat(select(noIdentity, List.of("f0"), 5, 1)).containsExactly("f1", "f2", "f3", "f4", "f5");
    }

    @Test
    void specialPurposeArtistsKnownByNameAreNeverLimited() {
        TestLibrary various = new TestLibrary();
        for (int i = 0; i < 10; i++) {
            various.named("f" + i, "artist " + i % 2, "various artists", TestLibrary.tenTimes(i));
        }

        assertThat(select(various, List.of("f0"), 5, 3)).containsExactly("f1", "f2", "f3", "f4", "f5");
    }

    @Test
    void namesAndMbidsCountApartInAMixedLibrary() {
        UUID artist = UUID.randomUUID();
        TestLibrary mixed = new TestLibrary();
        for (int i = 0; i < 10; i++) {
            if (i % 2 == 0) {
                mixed.file("f" + i, artist, null, TestLibrary.tenTimes(i));
            } else {
                mixed.named("f" + i, "radiohead", "radiohead", TestLibrary.tenTimes(i));
            }
        }

        assertThat(select(mixed, List.of("f0"), 5, 2)).containsExactly("f1", "f2", "f3", "f4");
    }

    @Test
    void anUntaggedLibraryGivesAFullPlaylistWithinTheArtistLimit() {
        assertFullPlaylistWithinLimit(library(Tagging.NAMES));
    }

    @Test
    void aMixedLibraryGivesAFullPlaylistWithinTheArtistLimit() {
        assertFullPlaylistWithinLimit(library(Tagging.MIXED));
    }

    private enum Tagging {
        NAMES,
        MIXED
    }

    /**
     * 200 files by 20 artists of 10 files each on a line, artist by artist, so that the nearest
     * files share the seed's artist: known by name only, or every other artist by its MBID.
     */
    private static TestLibrary library(Tagging tagging) {
        TestLibrary library = new TestLibrary();
        for (int a = 0; a < 20; a++) {
            UUID mbid = UUID.randomUUID();
            for (int t = 0; t < 10; t++) {
                String path = "artist " + a + "/" + t;
                float[] vector = {a * 10 + t, 0};
                if (tagging == Tagging.MIXED && a % 2 == 0) {
                    library.file(path, mbid, null, vector);
                } else {
                    library.named(path, "artist " + a, "artist " + a, vector);
                }
            }
        }
        return library.threshold(0);
    }

    private static void assertFullPlaylistWithinLimit(TestLibrary library) {
        LibrarySnapshot snapshot = library.build();
        List<Track> playlist =
                new Selector(new SimilarityEngine(() -> snapshot)).select(List.of("artist 0/0"), 30, 3, null, null);

        assertThat(playlist).hasSize(30);
        Map<String, Long> perArtist = playlist.stream()
                .collect(Collectors.groupingBy(track -> track.filepath().split("/")[0], Collectors.counting()));
        assertThat(perArtist.values()).allMatch(count -> count <= 3);
    }

    @Test
    void rejectsAnEmptySeedList() {
        LibrarySnapshot snapshot = TestLibrary.tenFiles().build();

        assertThatThrownBy(() -> new Selector(new SimilarityEngine(() -> snapshot)).select(List.of(), 5, 2, null, null))
                .hasMessage("No filepaths provided.");
    }
}
