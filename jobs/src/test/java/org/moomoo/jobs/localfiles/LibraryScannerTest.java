package org.moomoo.jobs.localfiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryScannerTest {

    @TempDir
    Path root;

    private Path file(String relative) throws IOException {
        Path path = root.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.write(path, new byte[] {1, 2, 3});
        return path;
    }

    private List<String> scan() {
        return new LibraryScanner()
                .scan(root).stream().map(FoundFile::relativePath).toList();
    }

    @Test
    void findsAudioFilesAtEveryDepthSortedWithSlashSeparatedRelativePaths() throws IOException {
        file("b/Album/02.flac");
        file("a.mp3");
        file("b/Album/01.MP3");

        assertThat(scan()).containsExactly("a.mp3", "b/Album/01.MP3", "b/Album/02.flac");
    }

    @Test
    void ignoresFilesThatAreNotAudio() throws IOException {
        file("cover.jpg");
        file("notes.txt");
        file("song.mp3");

        assertThat(scan()).containsExactly("song.mp3");
    }

    @Test
    void findsEachOfTheSixFormatsTheTagReaderReads() throws IOException {
        for (String name : List.of("a.mp3", "b.flac", "c.ogg", "d.opus", "e.wav", "f.m4a", "g.aac")) {
            file(name);
        }

        assertThat(scan()).containsExactly("a.mp3", "b.flac", "c.ogg", "d.opus", "e.wav", "f.m4a");
    }

    @Test
    void includesHiddenFilesAndFolders() throws IOException {
        file(".hidden/track.flac");
        file(".dot.mp3");

        assertThat(scan()).containsExactly(".dot.mp3", ".hidden/track.flac");
    }

    @Test
    void doesNotEnterSymlinkedFoldersButCountsSymlinkedFiles(@TempDir Path elsewhere) throws IOException {
        Path outside = elsewhere.resolve("outside.mp3");
        Files.write(outside, new byte[] {1});
        Files.createDirectories(elsewhere.resolve("dir"));
        Files.write(elsewhere.resolve("dir/inner.mp3"), new byte[] {1});
        Files.createSymbolicLink(root.resolve("linked.mp3"), outside);
        Files.createSymbolicLink(root.resolve("linked-dir"), elsewhere.resolve("dir"));

        assertThat(scan()).containsExactly("linked.mp3");
    }

    @Test
    void recordsSizeAndWholeSecondTimes() throws IOException {
        Path song = file("song.mp3");
        Files.setLastModifiedTime(song, FileTime.fromMillis(1_700_000_000_750L));

        LibraryScanner scanner = new LibraryScanner();
        FoundFile found = scanner.scan(root).get(0);
        LibraryFile described = scanner.describe(found).orElseThrow();

        assertThat(found.stamp()).isEqualTo(new FileStamp(3, Instant.ofEpochSecond(1_700_000_000L)));
        assertThat(described.stamp()).isEqualTo(found.stamp());
        assertThat(described.changedAt().getNano()).isZero();
    }

    @Test
    void aFileThatVanishesAfterTheWalkIsNotDescribed() throws IOException {
        Path song = file("song.mp3");
        LibraryScanner scanner = new LibraryScanner();
        FoundFile found = scanner.scan(root).get(0);
        Files.delete(song);

        assertThat(scanner.describe(found)).isEmpty();
    }
}
