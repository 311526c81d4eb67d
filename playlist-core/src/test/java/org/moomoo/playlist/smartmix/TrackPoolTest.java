package org.moomoo.playlist.smartmix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TrackPoolTest {

    private static List<PoolTrack> pool(int size) {
        return PoolTracks.distinctArtists(size).stream()
                .sorted(Comparator.comparing(PoolTrack::filepath))
                .toList();
    }

    @Test
    void aPoolOfFourThousandKeepsSevenEighths() {
        assertThat(TrackPool.downSample(pool(4000), new SplittableRandom(1))).hasSize(3500);
    }

    @Test
    void aPoolJustAboveTwoThousandKeepsTwoThousand() {
        assertThat(TrackPool.downSample(pool(2001), new SplittableRandom(1))).hasSize(2000);
    }

    @Test
    void aPoolOfTwoThousandIsKeptWhole() {
        List<PoolTrack> pool = pool(2000);

        assertThat(TrackPool.downSample(pool, new SplittableRandom(1))).isEqualTo(pool);
    }

    @Test
    void aSampleKeepsThePathOrder() {
        List<PoolTrack> sample = TrackPool.downSample(pool(2500), new SplittableRandom(2));

        assertThat(sample)
                .isSortedAccordingTo(Comparator.comparing(PoolTrack::filepath))
                .doesNotHaveDuplicates();
    }
}
