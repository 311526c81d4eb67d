package org.moomoo.playlist.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.moomoo.models.testing.AnalyticRows;
import org.moomoo.models.testing.AnalyticSchema;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.track.Track;
import org.moomoo.testsupport.FreshDatabaseExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which files a from-files request lists as sources (spec/playlists-http-client.md 5.1, with
 * DESIGN 9.4: a path is that exact file or every file under that folder, never a plain prefix).
 */
class FromFilesSourcesTest {

    @RegisterExtension
    static final FreshDatabaseExtension DATABASE = new FreshDatabaseExtension(AnalyticSchema.RECIPE);

    private AnalyticRows tables;
    private Generators generators;
    private CurrentSnapshot snapshot;

    @BeforeEach
    void emptyTables(JdbcClient jdbc) {
        tables = new AnalyticRows(jdbc).clear();
        GeneratorsOnDatabase wired = new GeneratorsOnDatabase(jdbc);
        generators = wired.generators;
        snapshot = wired.snapshot;
    }

    /** Publishes what the test wrote as a model build and has the engine load it. */
    private void publish() {
        tables.published();
        snapshot.refresh();
    }

    private List<String> sources(String... paths) {
        publish();
        return ((FromFilesGenerator) generators.fromFiles(List.of(paths), null))
                .sources().stream().map(Track::filepath).toList();
    }

    private void files(String... paths) {
        for (String path : paths) {
            tables.embeddedFile(path, UUID.randomUUID(), 1, 1);
        }
    }

    @Test
    void severalPathsInAnEmptyLibraryListNothing() {
        assertThat(sources("test1", "test2")).isEmpty();
    }

    @Test
    void severalPathsMatchingNoFileListNothing() {
        files("test4");

        assertThat(sources("test1", "test2")).isEmpty();
    }

    @Test
    void severalPathsListTheOnesThatExist() {
        files("test1");

        assertThat(sources("test1", "test2")).containsExactly("test1");
    }

    @Test
    void severalPathsListEveryExistingOneInPathOrder() {
        files("test2", "test1");

        assertThat(sources("test2", "test1")).containsExactly("test1", "test2");
    }

    @Test
    void onePathInAnEmptyLibraryListsNothing() {
        assertThat(sources("test")).isEmpty();
    }

    @Test
    void onePathDoesNotMatchAnotherName() {
        files("not-test");

        assertThat(sources("test")).isEmpty();
    }

    @Test
    void onePathListsThatFile() {
        files("test");

        assertThat(sources("test")).containsExactly("test");
    }

    @Test
    void aPathIsNotAPlainPrefix() {
        // The original listed test1 and test2 here; DESIGN 9.4 makes a path a file or a folder.
        files("test1", "test2");

        assertThat(sources("test")).isEmpty();
    }

    @Test
    void aFolderListsEveryFileUnderIt() {
        files("Artist/Album/1.flac", "Artist/Album/2.flac", "Artist/Album (Deluxe)/1.flac", "Other/1.flac");

        assertThat(sources("Artist/Album")).containsExactly("Artist/Album/1.flac", "Artist/Album/2.flac");
    }

    @Test
    void aTrailingSlashNamesTheSameFolder() {
        files("Artist/Album/1.flac", "Artist/Album (Deluxe)/1.flac");

        assertThat(sources("Artist/Album/")).containsExactly("Artist/Album/1.flac");
    }

    @Test
    void percentAndUnderscoreAreLiteral() {
        files("a_c/1.flac", "abc/1.flac", "100%/1.flac", "100x/1.flac");

        assertThat(sources("a_c")).containsExactly("a_c/1.flac");
        assertThat(sources("100%")).containsExactly("100%/1.flac");
    }

    @Test
    void keepsAHundredOfMoreRequestedPaths() {
        String[] paths = IntStream.range(0, 105).mapToObj(i -> "test/" + i).toArray(String[]::new);
        files(paths);

        publish();
        FromFilesGenerator generator = (FromFilesGenerator) generators.fromFiles(List.of(paths), null);

        assertThat(generator.paths()).hasSize(100).doesNotHaveDuplicates();
        assertThat(generator.sources()).hasSize(100);
    }

    @Test
    void aFolderOfTwoHundredFilesListsAHundred() {
        files(IntStream.range(0, 200).mapToObj(i -> "folder/" + i).toArray(String[]::new));

        assertThat(sources("folder")).hasSize(100).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void sourcesAreSeedsWithTheirIdsAndWholeSecondLength() {
        UUID artist = UUID.randomUUID();
        tables.embeddedFile("a", artist, 1, 1);
        tables.unembeddedFile("b", 180.5);
        publish();

        List<Track> sources = ((FromFilesGenerator) generators.fromFiles(List.of("a", "b"), null)).sources();

        assertThat(sources).extracting(Track::trackLengthSeconds).containsExactly(200, 180);
        assertThat(sources.get(0).albumArtistMbid()).isEqualTo(artist);
        assertThat(sources).extracting(Track::isSeed).containsOnly(true);
    }

    @Test
    void aPathMatchingNothingRaisesNoFilesRequested() {
        files("test1");
        publish();

        assertThatThrownBy(() -> generators.fromFiles(List.of("nothing"), null).tracks(TrackOptions.defaults()))
                .isInstanceOf(NoFilesRequestedException.class)
                .hasMessage("No paths requested (or found via request).");
    }

    @Test
    void rejectsAnEmptyRequest() {
        assertThatThrownBy(() -> generators.fromFiles(List.of(), null))
                .hasMessage("At least one file must be provided.");
    }
}
