package org.moomoo.playlist.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.moomoo.playlist.track.Track;

/** Finding source tracks in the snapshot: a path is a file or a folder (DESIGN 9.4). */
class FileCatalogTest {

    private static LibrarySnapshot library(String... paths) {
        return new LibrarySnapshot(
                List.of(paths).stream()
                        .map(path -> new LibraryRow(
                                path,
                                null,
                                null,
                                null,
                                UUID.randomUUID(),
                                null,
                                null,
                                null,
                                180.5f,
                                path.startsWith("silent") ? null : new float[] {1, 2}))
                        .toList(),
                Map.of(),
                0.5,
                1);
    }

    private static List<String> paths(List<Track> tracks) {
        return tracks.stream().map(Track::filepath).toList();
    }

    @Test
    void aFolderHoldsTheFilesUnderItAndNotItsNamesakes() {
        LibrarySnapshot library = library("A/Album (Deluxe)/1", "A/Album/2", "A/Album/1", "A/Album", "A/Albums/1");

        assertThat(paths(library.files().atOrUnder(List.of("A/Album"))))
                .containsExactly("A/Album", "A/Album/1", "A/Album/2");
    }

    @Test
    void nestedFoldersAreIncluded() {
        LibrarySnapshot library = library("A/B/C/1", "A/B/2", "AB/1");

        assertThat(paths(library.files().atOrUnder(List.of("A")))).containsExactly("A/B/2", "A/B/C/1");
    }

    @Test
    void overlappingPathsListEachFileOnce() {
        LibrarySnapshot library = library("A/B/1", "A/2");

        assertThat(paths(library.files().atOrUnder(List.of("A/B", "A", "A/B/1"))))
                .containsExactly("A/2", "A/B/1");
    }

    @Test
    void filesWithoutEmbeddingAreSourcesToo() {
        LibrarySnapshot library = library("silent/1", "loud/1");

        assertThat(paths(library.files().atOrUnder(List.of("silent")))).containsExactly("silent/1");
        assertThat(library.size()).isEqualTo(1);
    }

    @Test
    void exactLookupIgnoresFolders() {
        LibrarySnapshot library = library("A/1", "B");

        assertThat(paths(library.files().at(List.of("A", "B", "C")))).containsExactly("B");
    }

    @Test
    void sourcesAreSeedsWithWholeSecondsAndTheArtistAsAlbumArtist() {
        Track seed = library("A/1").files().at(List.of("A/1")).get(0);

        assertThat(seed.isSeed()).isTrue();
        assertThat(seed.trackLengthSeconds()).isEqualTo(180);
        assertThat(seed.albumArtistMbid()).isEqualTo(seed.artistMbid()).isNotNull();
        assertThat(seed.matchDistance()).isNull();
    }

    @Test
    void rejectsAPathGivenTwice() {
        assertThatThrownBy(() -> library("A", "A")).hasMessageContaining("appears twice");
    }
}
