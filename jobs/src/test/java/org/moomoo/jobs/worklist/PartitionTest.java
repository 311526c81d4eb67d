package org.moomoo.jobs.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PartitionTest {

    private static final List<String> PATHS = IntStream.range(0, 1000)
            .mapToObj(i -> "Artist " + (i % 37) + "/Album " + (i % 11) + "/" + i + " track.flac")
            .toList();

    @Test
    void partitionsTogetherTakeEveryFileExactlyOnce() {
        // given
        Partition first = Partition.parse("0/2");
        Partition second = Partition.parse("1/2");

        // when
        List<String> taken = new ArrayList<>();
        PATHS.stream().filter(first::contains).forEach(taken::add);
        PATHS.stream().filter(second::contains).forEach(taken::add);

        // then
        assertThat(taken).hasSize(PATHS.size()).containsExactlyInAnyOrderElementsOf(PATHS);
        assertThat(PATHS.stream().filter(first::contains).count()).isBetween(400L, 600L);
    }

    @Test
    void fourPartitionsSplitTheLibraryRoughlyEvenly() {
        for (int i = 0; i < 4; i++) {
            Partition partition = new Partition(i, 4);
            assertThat(PATHS.stream().filter(partition::contains).count()).isBetween(180L, 320L);
        }
    }

    @Test
    void theSingleDefaultPartitionTakesEverything() {
        assertThat(PATHS).allMatch(Partition.ALL::contains);
    }

    @Test
    void malformedOrOutOfRangePartitionsAreRefusedWithTheExpectedShape() {
        assertThatThrownBy(() -> Partition.parse("2/2")).hasMessageContaining("0 <= i < n");
        assertThatThrownBy(() -> Partition.parse("half"))
                .hasMessage("partition=half: expected i/n with 0 <= i < n, e.g. partition=0/4");
        assertThatThrownBy(() -> Partition.parse("1/0")).hasMessageContaining("out of range");
    }
}
