package org.moomoo.playlist.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How MBIDs become source paths (spec/playlists-http-client.md 5.2); the SQL lookups are tested on the database. */
class FromMbidsGeneratorTest {

    private static FromMbidsGenerator generator(RecordingMbidFiles files, UUID... mbids) {
        return new FromMbidsGenerator(List.of(mbids), null, files, null, null, new Random(1));
    }

    @Test
    void unknownMbidsLookUpNoFiles() {
        RecordingMbidFiles files = new RecordingMbidFiles();

        assertThat(generator(files, UUID.randomUUID()).sourcePaths()).isEmpty();
        assertThat(files.lookups).isEmpty();
    }

    @Test
    void aRecordingIsLookedUpAsARecordingAndTheOtherKindsWithNoIds() {
        UUID recording = UUID.randomUUID();
        RecordingMbidFiles files = new RecordingMbidFiles().entity(recording, MbidEntity.RECORDING, List.of("a"));

        List<String> paths = generator(files, recording).sourcePaths();

        assertThat(paths).containsExactly("a");
        assertThat(files.lookups)
                .containsExactlyInAnyOrder(
                        new RecordingMbidFiles.Lookup(MbidEntity.RECORDING, List.of(recording)),
                        new RecordingMbidFiles.Lookup(MbidEntity.RELEASE, List.of()),
                        new RecordingMbidFiles.Lookup(MbidEntity.RELEASE_GROUP, List.of()),
                        new RecordingMbidFiles.Lookup(MbidEntity.ARTIST, List.of()));
    }

    @Test
    void pathsFoundThroughSeveralIdsCollapse() {
        UUID recording = UUID.randomUUID();
        UUID artist = UUID.randomUUID();
        RecordingMbidFiles files = new RecordingMbidFiles()
                .entity(recording, MbidEntity.RECORDING, List.of("a", "b"))
                .entity(artist, MbidEntity.ARTIST, List.of("b", "c"));

        assertThat(generator(files, recording, artist).sourcePaths()).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void keepsAHundredOfManyPaths() {
        UUID artist = UUID.randomUUID();
        List<String> twoHundred =
                IntStream.range(0, 200).mapToObj(i -> "path/" + i).toList();
        RecordingMbidFiles files = new RecordingMbidFiles().entity(artist, MbidEntity.ARTIST, twoHundred);

        List<String> paths = generator(files, artist).sourcePaths();

        assertThat(paths).hasSize(100).doesNotHaveDuplicates();
        assertThat(twoHundred).containsAll(paths);
    }

    @Test
    void duplicateMbidsAreLookedUpOnce() {
        UUID release = UUID.randomUUID();
        RecordingMbidFiles files = new RecordingMbidFiles().entity(release, MbidEntity.RELEASE, List.of("a"));

        generator(files, release, release).sourcePaths();

        assertThat(files.lookups).contains(new RecordingMbidFiles.Lookup(MbidEntity.RELEASE, List.of(release)));
    }

    @Test
    void rejectsAnEmptyRequest() {
        assertThatThrownBy(() -> generator(new RecordingMbidFiles())).hasMessage("At least one MBID must be provided.");
    }
}
