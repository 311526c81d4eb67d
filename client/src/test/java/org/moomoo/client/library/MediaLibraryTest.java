package org.moomoo.client.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moomoo.client.ClientFailure;
import org.moomoo.client.ExitCode;

class MediaLibraryTest {

    @TempDir
    Path temp;

    private MediaLibrary library() throws Exception {
        return new MediaLibrary(Files.createDirectories(temp.resolve("lib")));
    }

    @Test
    void mapsAFileInsideToItsRelativePath() throws Exception {
        MediaLibrary library = library();
        Path file = Files.createFile(library.root().resolve("test.mp3"));

        assertThat(library.toRelative(file)).isEqualTo("test.mp3");
    }

    @Test
    void writesNestedRelativePathsWithForwardSlashes() throws Exception {
        MediaLibrary library = library();
        Path file =
                Files.createDirectories(library.root().resolve("Artist/Album")).resolve("01 Track.flac");
        Files.createFile(file);

        assertThat(library.toRelative(file)).isEqualTo("Artist/Album/01 Track.flac");
    }

    @Test
    void followsSymbolicLinksIntoTheLibrary() throws Exception {
        MediaLibrary library = library();
        Path folder = Files.createDirectories(library.root().resolve("Artist"));
        Path link = Files.createSymbolicLink(temp.resolve("shortcut"), folder);

        assertThat(library.toRelative(link)).isEqualTo("Artist");
    }

    @Test
    void refusesAPathOutsideTheLibrary() throws Exception {
        MediaLibrary library = library();
        Path outside = Files.createFile(temp.resolve("elsewhere.mp3"));

        assertThatThrownBy(() -> library.toRelative(outside))
                .isInstanceOfSatisfying(
                        ClientFailure.class, f -> assertThat(f.exitCode()).isEqualTo(ExitCode.CONFIGURATION))
                .hasMessage(outside + " is outside the media library " + library.root() + " (MOOMOO_MEDIA_LIBRARY)");
    }

    @Test
    void refusesASiblingFolderWhoseNameStartsLikeTheLibrary() throws Exception {
        MediaLibrary library = library();
        Path sibling = Files.createDirectories(temp.resolve("lib-other"));

        assertThatThrownBy(() -> library.toRelative(sibling)).hasMessageContaining("is outside the media library");
    }

    @Test
    void mapsARelativePathUnderTheLibrary() throws Exception {
        MediaLibrary library = library();

        assertThat(library.toAbsolute("test.mp3")).isEqualTo(library.root().resolve("test.mp3"));
    }

    @Test
    void mapsBothWaysToTheSameFile() throws Exception {
        MediaLibrary library = library();
        Path file = Files.createFile(library.root().resolve("a b & c.mp3"));

        assertThat(library.toAbsolute(library.toRelative(file))).isEqualTo(file);
    }

    @Test
    void knowsItsOwnRoot() throws Exception {
        MediaLibrary library = library();

        assertThat(library.isRoot(library.root())).isTrue();
        assertThat(library.isRoot(Files.createDirectories(library.root().resolve("x"))))
                .isFalse();
    }
}
