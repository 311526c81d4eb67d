package org.moomoo.jobs.localfiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moomoo.testsupport.library.TaggedLibraryGenerator;

class TaggedLibraryGeneratorTest {

    private final TaggedLibraryGenerator generator = new TaggedLibraryGenerator();
    private final TagReader reader = new TagReader();

    @TempDir
    Path root;

    @Test
    void writesTheRequestedNumberOfFilesInArtistAlbumFoldersHalfMp3HalfFlac() throws IOException {
        // when
        List<Path> files = generator.generate(root, 20, 1);

        // then
        assertThat(files)
                .hasSize(20)
                .allSatisfy(file -> assertThat(file).isRegularFile().startsWith(root));
        assertThat(files)
                .map(file -> root.relativize(file).toString())
                .allMatch(path -> path.matches("Artist \\d\\d/Album \\d\\d/\\d\\d .+\\.(mp3|flac)"));
        assertThat(files).filteredOn(file -> file.toString().endsWith(".mp3")).hasSize(10);
        assertThat(files).filteredOn(file -> file.toString().endsWith(".flac")).hasSize(10);
    }

    @Test
    void givesEveryFileADistinctTitleThatTheTagReaderReadsBack() throws IOException {
        // when
        List<Path> files = generator.generate(root, 20, 1);

        // then
        List<AudioTags> tags = files.stream().map(reader::read).toList();
        assertThat(tags).allSatisfy(tag -> assertThat(tag.failure()).isNull());
        assertThat(tags).map(AudioTags::title).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void givesEveryFileAllTagsOfTheSpecAndAPositiveLength() throws IOException {
        // when
        List<Path> files = generator.generate(root, 20, 1);

        // then
        assertThat(files).map(reader::read).allSatisfy(tags -> {
            assertThat(tags.json()).containsOnlyKeys(AudioTags.KEYS).doesNotContainValue(null);
            assertThat(tags.json().get(AudioTags.MUSICBRAINZ_TRACKID).toString())
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat((Double) tags.json().get(AudioTags.LENGTH)).isPositive();
        });
    }

    @Test
    void sharesArtistAndAlbumIdsWithinAnAlbumAndSeparatesAlbums() throws IOException {
        // when: ten tracks per album
        List<AudioTags> tags =
                generator.generate(root, 20, 1).stream().map(reader::read).toList();

        // then
        assertThat(tags.subList(0, 10))
                .map(tag -> tag.json().get(AudioTags.MUSICBRAINZ_ALBUMID))
                .containsOnly(tags.get(0).json().get(AudioTags.MUSICBRAINZ_ALBUMID));
        assertThat(tags.get(10).json().get(AudioTags.MUSICBRAINZ_ALBUMID))
                .isNotEqualTo(tags.get(0).json().get(AudioTags.MUSICBRAINZ_ALBUMID));
        assertThat(tags.get(10).album()).isNotEqualTo(tags.get(0).album());
        assertThat(tags)
                .map(tag -> tag.json().get(AudioTags.MUSICBRAINZ_TRACKID))
                .doesNotHaveDuplicates();
    }

    @Test
    void writesTheSameLibraryForTheSameSeed(@TempDir Path other) throws IOException {
        // when
        List<Path> first = generator.generate(root, 6, 42);
        List<Path> second = generator.generate(other, 6, 42);

        // then
        assertThat(second)
                .map(file -> other.relativize(file).toString())
                .containsExactlyElementsOf(first.stream()
                        .map(file -> root.relativize(file).toString())
                        .toList());
        assertThat(second)
                .map(file -> reader.read(file).json())
                .containsExactlyElementsOf(
                        first.stream().map(file -> reader.read(file).json()).toList());
    }
}
