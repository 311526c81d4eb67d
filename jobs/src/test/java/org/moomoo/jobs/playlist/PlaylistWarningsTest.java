package org.moomoo.jobs.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.playlist.LocalFileFacts.Facts;
import org.moomoo.playlist.similarity.LibraryRow;
import org.moomoo.playlist.similarity.LibrarySnapshot;

/** What {@code moomoo playlist} says on standard error about what it left out. */
class PlaylistWarningsTest {

    private static LibraryRow file(String path, boolean embedded) {
        UUID artist = UUID.nameUUIDFromBytes(path.getBytes());
        return new LibraryRow(
                path,
                null,
                null,
                null,
                artist,
                null,
                artist.toString(),
                artist.toString(),
                200f,
                embedded ? new float[] {1, 2} : null);
    }

    private static LibrarySnapshot library(LibraryRow... rows) {
        return new LibrarySnapshot(List.of(rows), Map.of(), 0.5, 1);
    }

    @Test
    void aPathOfSeveralThatMatchesNoFileIsNamed() {
        LibrarySnapshot snapshot = library(file("A/one.flac", true), file("B/two.flac", true));

        assertThat(PlaylistWarnings.unmatched(snapshot, List.of("A", "Bee", "B/two.flac")))
                .containsExactly("Bee");
        assertThat(PlaylistWarnings.unmatchedPath("Bee")).startsWith("no file of the library is at or under Bee;");
    }

    @Test
    void sourceFilesWithoutAVectorAreFound() {
        LibrarySnapshot snapshot = library(file("A/long.flac", true), file("A/short.flac", false));

        assertThat(PlaylistWarnings.withoutVector(snapshot, snapshot.files().atOrUnder(List.of("A"))))
                .containsExactly("A/short.flac");
    }

    @Test
    void eachFileWithoutAVectorIsToldWhyAndWhatToDo() {
        Map<String, Facts> facts = Map.of(
                "failed.opus", new Facts(null, null, null, false, null, "no decoder for Opus: install ffmpeg"),
                "short.flac", new Facts(null, null, null, true, 42.4, null));

        List<String> lines = PlaylistWarnings.noVector(List.of("failed.opus", "short.flac", "new.flac"), facts);

        assertThat(lines)
                .containsExactly(
                        "failed.opus cannot seed the playlist: it could not be embedded (no decoder for Opus: install ffmpeg);"
                                + " once that is fixed (a newer moomoo, ffmpeg installed), ./moomoo jobs run embed library=DIR"
                                + " retry-failed=true tries it again",
                        "short.flac cannot seed the playlist: it is only 42 s long and seeds need at least 60 s",
                        "new.flac cannot seed the playlist: it has no vector yet; run ./moomoo jobs run embed library=DIR,"
                                + " then conditioner-apply and build-models");
    }

    @Test
    void manyFilesWithoutAVectorAreCountedAfterTheFirstFew() {
        List<String> paths =
                IntStream.range(0, 8).mapToObj(i -> "f" + i + ".flac").toList();

        List<String> lines = PlaylistWarnings.noVector(paths, Map.of());

        assertThat(lines)
                .hasSize(PlaylistWarnings.FILES_NAMED + 1)
                .last()
                .isEqualTo("3 more source files have no vector and cannot seed the playlist");
    }

    @Test
    void aPlaylistShorterThanAskedSaysHowManyWereFound() {
        assertThat(PlaylistWarnings.shorter(7, 20))
                .hasValue("found 7 of the 20 tracks asked for (n=20): the library"
                        + " has no more embedded tracks near the seeds within 2 per artist");
        assertThat(PlaylistWarnings.shorter(20, 20)).isEmpty();
    }
}
