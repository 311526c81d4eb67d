package org.moomoo.playlist.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The weights of spec/playlists-http-client.md 4.9. */
class ListeningWeightsTest {

    @Test
    void anUnplayedFileWeighsLnTwo() {
        assertThat(ListeningHistory.listenWeight(0)).isCloseTo(0.693, within(1e-3));
    }

    @Test
    void tenListensWeighLnTwelve() {
        assertThat(ListeningHistory.listenWeight(10)).isCloseTo(2.485, within(1e-3));
    }

    @Test
    void negativeCountsWeighLikeNoListens() {
        assertThat(ListeningHistory.listenWeight(-3)).isEqualTo(ListeningHistory.listenWeight(0));
    }

    @Test
    void aListenTodayWithFactorOneHalfPushesATrackOneAndAHalfTimesAway() {
        assertThat(1 / ListeningHistory.recencyWeight(1, 0.5)).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void noRecentListenLeavesTheDistance() {
        assertThat(ListeningHistory.recencyWeight(0, 0.5)).isEqualTo(1.0);
    }
}
