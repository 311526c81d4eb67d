package org.moomoo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moomoo.jobs.localfiles.AudioTags;
import org.moomoo.jobs.localfiles.TagReader;
import org.moomoo.testsupport.audio.SyntheticTracks.Kind;

class DemoLibraryTest {

    @TempDir
    Path root;

    @Test
    void planIsTheSameForTheSameSeedAndDiffersForAnother() {
        assertThat(DemoLibrary.plan(3, 2, 4, 7)).isEqualTo(DemoLibrary.plan(3, 2, 4, 7));
        assertThat(DemoLibrary.plan(3, 2, 4, 8).tracks().get(0).recording())
                .isNotEqualTo(DemoLibrary.plan(3, 2, 4, 7).tracks().get(0).recording());
    }

    @Test
    void eachArtistMakesOneKindAndTheKindsTakeTurns() {
        DemoLibrary library = DemoLibrary.plan(10, 3, 10, 7);

        assertThat(library.tracks()).hasSize(300);
        assertThat(library.albums()).hasSize(30);
        assertThat(library.tracks().stream().map(DemoTrack::kind).distinct()).containsExactlyInAnyOrder(Kind.values());
        assertThat(library.tracks().stream().map(DemoTrack::path).distinct()).hasSize(300);
        assertThat(library.tracks().stream().map(DemoTrack::recording).distinct())
                .hasSize(300);
    }

    @Test
    void writtenFilesCarryTheirTagsAndMusicBrainzIdsAsTheScannerReadsThem() throws Exception {
        DemoLibrary library = DemoLibrary.plan(3, 2, 1, 7);

        int written = new DemoLibraryWriter(root, 5, 7).write(library, 2);

        assertThat(written).isEqualTo(6);
        TagReader reader = new TagReader();
        for (DemoTrack track : library.tracks()) {
            AudioTags tags = reader.read(root.resolve(track.path()));
            assertThat(tags.failure()).as(track.path()).isNull();
            Map<String, Object> json = tags.json();
            assertThat(json)
                    .containsEntry(AudioTags.TITLE, track.title())
                    .containsEntry(AudioTags.ARTIST, track.artist().name())
                    .containsEntry(AudioTags.ALBUM, track.album().title())
                    .containsEntry(AudioTags.ALBUM_ARTIST, track.artist().name())
                    .containsEntry(AudioTags.TRACKNUMBER, String.valueOf(track.number()))
                    .containsEntry(
                            AudioTags.MUSICBRAINZ_TRACKID, track.recording().toString())
                    .containsEntry(
                            AudioTags.MUSICBRAINZ_ARTISTID,
                            track.artist().mbid().toString())
                    .containsEntry(
                            AudioTags.MUSICBRAINZ_ALBUMID,
                            track.album().release().toString())
                    .containsEntry(
                            AudioTags.MUSICBRAINZ_RELEASEGROUPID,
                            track.album().releaseGroup().toString());
            assertThat((Double) json.get(AudioTags.LENGTH)).isBetween(4.9, 5.1);
        }
        assertThat(library.tracks().stream().map(t -> t.album().extension()).distinct())
                .containsExactlyInAnyOrder("ogg", "opus", "flac");
    }

    @Test
    void aSecondRunKeepsTheFilesThere() throws Exception {
        DemoLibrary library = DemoLibrary.plan(1, 1, 2, 7);
        DemoLibraryWriter writer = new DemoLibraryWriter(root, 5, 7);
        writer.write(library, 1);
        Path first = root.resolve(library.tracks().get(0).path());
        FileTime before = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(first, before);

        int written = writer.write(library, 1);

        assertThat(written).isZero();
        assertThat(Files.getLastModifiedTime(first)).isEqualTo(before);
        assertThat(List.of(Files.list(root).toArray())).hasSize(1);
    }
}
