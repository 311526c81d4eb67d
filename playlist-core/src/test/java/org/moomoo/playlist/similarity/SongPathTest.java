package org.moomoo.playlist.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.moomoo.playlist.similarity.SongPathException.Problem;

/** The song path's edge cases and definitions, each on a library small enough to check by eye. */
class SongPathTest {

    /** Eleven files on a line, f0 at 0 to f10 at 10, each by its own artist. */
    private static TestLibrary line() {
        TestLibrary library = new TestLibrary().threshold(0);
        for (int i = 0; i <= 10; i++) {
            library.file("f" + i, i);
        }
        return library;
    }

    @Test
    void walksEvenlyFromOneEndToTheOther() throws SongPathException {
        LibrarySnapshot library = line().build();

        List<SongPathTrack> path = new SongPath(() -> library).between("f0", "f10", 6, 2);

        assertThat(paths(path)).containsExactly("f0", "f2", "f4", "f6", "f8", "f10");
        assertThat(path).extracting(SongPathTrack::step).containsExactly(null, 2.0, 2.0, 2.0, 2.0, 2.0);
        assertThat(path.get(0).track().isSeed()).isTrue();
        assertThat(path.get(1).track().isSeed()).isFalse();
        assertThat(path.get(1).track().matchDistance()).isEqualTo(0.0);
        assertThat(path.get(5).track().isSeed()).isTrue();
    }

    @Test
    void walksBackwardsToo() throws SongPathException {
        LibrarySnapshot library = line().build();

        assertThat(paths(new SongPath(() -> library).between("f10", "f0", 11, 2)))
                .containsExactly("f10", "f9", "f8", "f7", "f6", "f5", "f4", "f3", "f2", "f1", "f0");
    }

    @Test
    void eachTargetTakesTheNearestUnusedTrack() throws SongPathException {
        // Targets at 2.5, 5 and 7.5 of f0..f10: 2.5 ties f2 and f3, 7.5 ties f7 and f8; the MD5 decides.
        LibrarySnapshot library = line().build();

        List<SongPathTrack> path = new SongPath(() -> library).between("f0", "f10", 5, 0);

        assertThat(paths(path).get(2)).isEqualTo("f5");
        assertThat(paths(path).get(1)).isIn("f2", "f3");
        assertThat(path.get(1).track().matchDistance()).isEqualTo(0.5);
        assertThat(paths(path).get(1)).isEqualTo(md5First("f2", "f3"));
        assertThat(paths(path).get(3)).isEqualTo(md5First("f7", "f8"));
    }

    @Test
    void twoTracksAreTheTwoEnds() throws SongPathException {
        LibrarySnapshot library = line().build();

        List<SongPathTrack> path = new SongPath(() -> library).between("f3", "f7", 2, 2);

        assertThat(paths(path)).containsExactly("f3", "f7");
        assertThat(path).extracting(SongPathTrack::step).containsExactly(null, 4.0);
    }

    @Test
    void aLibrarySmallerThanTheLengthGivesEveryFileOnce() throws SongPathException {
        LibrarySnapshot library = line().build();

        List<SongPathTrack> path = new SongPath(() -> library).between("f0", "f10", 40, 2);

        assertThat(paths(path))
                .hasSize(11)
                .doesNotHaveDuplicates()
                .startsWith("f0")
                .endsWith("f10");
    }

    @Test
    void thePerArtistLimitCanRunTheCandidatesOut() throws SongPathException {
        UUID artist = UUID.randomUUID();
        TestLibrary library = new TestLibrary().threshold(0);
        for (int i = 0; i <= 10; i++) {
            library.file("f" + i, artist, null, i);
        }
        LibrarySnapshot snapshot = library.build();

        // The ends count toward no limit, as the shown seeds of from-files: two more of the artist fit.
        assertThat(paths(new SongPath(() -> snapshot).between("f0", "f10", 11, 2)))
                .containsExactly("f0", "f1", "f2", "f10");
        assertThat(paths(new SongPath(() -> snapshot).between("f0", "f10", 11, 0)))
                .hasSize(11);
    }

    @Test
    void albumArtistsAreLimitedAndSpecialArtistsAreNot() throws SongPathException {
        TestLibrary shared = new TestLibrary().threshold(0);
        TestLibrary various = new TestLibrary().threshold(0);
        for (int i = 0; i <= 10; i++) {
            shared.named("f" + i, "artist " + i, "band", i);
            various.named("f" + i, "artist " + i, "various artists", i);
        }
        LibrarySnapshot sharedSnapshot = shared.build();
        LibrarySnapshot variousSnapshot = various.build();

        assertThat(paths(new SongPath(() -> sharedSnapshot).between("f0", "f10", 11, 2)))
                .containsExactly("f0", "f1", "f2", "f10");
        assertThat(paths(new SongPath(() -> variousSnapshot).between("f0", "f10", 11, 2)))
                .hasSize(11);
    }

    @Test
    void nearDuplicatesOfThePlaylistsTracksAreLeftOut() throws SongPathException {
        // f0b is f0 encoded again and fmid twice over: neither copy comes after its original.
        LibrarySnapshot library = new TestLibrary()
                .threshold(0.5)
                .file("f0", 0)
                .file("f0b", 0.1f)
                .file("fmid", 5)
                .file("fmid-again", 5.2f)
                .file("f10", 10)
                .build();

        assertThat(paths(new SongPath(() -> library).between("f0", "f10", 5, 2)))
                .containsExactlyInAnyOrder("f0", "fmid", "f10")
                .hasSize(3);
    }

    @Test
    void theSameFileAtBothEndsIsRefused() {
        LibrarySnapshot library = line().build();

        assertThatThrownBy(() -> new SongPath(() -> library).between("f4", "f4", 20, 2))
                .isInstanceOf(SongPathException.class)
                .hasMessage("from and to are the same file, f4; a path needs two different tracks")
                .extracting(e -> ((SongPathException) e).problem())
                .isEqualTo(Problem.SAME_TRACK);
    }

    @Test
    void endsWithoutAVectorOrOutsideTheLibraryAreRefused() {
        TestLibrary library = line();
        library.named("silent.mp3", "someone", "someone", (float[]) null);
        LibrarySnapshot snapshot = library.build();
        SongPath path = new SongPath(() -> snapshot);

        assertThatThrownBy(() -> path.between("f0", "silent.mp3", 20, 2))
                .isInstanceOf(SongPathException.class)
                .hasMessageStartingWith("the file silent.mp3 has no usable vector yet")
                .extracting(e -> ((SongPathException) e).problem())
                .isEqualTo(Problem.NO_VECTOR);
        assertThatThrownBy(() -> path.between("nowhere.mp3", "f0", 20, 2))
                .isInstanceOf(SongPathException.class)
                .hasMessage("no file of the library is at nowhere.mp3 (paths are relative to the library)")
                .extracting(e -> ((SongPathException) e).problem())
                .isEqualTo(Problem.NOT_IN_LIBRARY);
    }

    @Test
    void fewerThanTwoTracksIsRefused() {
        LibrarySnapshot library = line().build();

        assertThatThrownBy(() -> new SongPath(() -> library).between("f0", "f10", 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2 tracks");
    }

    @Test
    void theJsonOfATrackEndsWithItsStep() {
        SongPathTrack first = new SongPathTrack(org.moomoo.playlist.track.Track.ofPath("a.flac"), null);
        SongPathTrack second = new SongPathTrack(org.moomoo.playlist.track.Track.ofPath("b.flac"), 1.25);

        assertThat(SongPathTrack.json(List.of(first, second)))
                .isEqualTo("[{\"filepath\":\"a.flac\"},{\"filepath\":\"b.flac\",\"step\":1.25}]");
        assertThat(first.stepText()).isEqualTo("start");
        assertThat(second.stepText()).isEqualTo("1.2500");
    }

    private static List<String> paths(List<SongPathTrack> path) {
        return path.stream().map(track -> track.track().filepath()).toList();
    }

    private static String md5First(String a, String b) {
        LibrarySnapshot library = line().build();
        return library.compareMd5(library.indexOf(a), library.indexOf(b)) < 0 ? a : b;
    }
}
