package org.moomoo.playlist.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefreshScheduleTest {

    private static final RefreshSchedule SIX_AND_EIGHTEEN = new RefreshSchedule(List.of(6, 18));
    private static final RefreshSchedule SIX = RefreshSchedule.dailyAt(6);

    private static Instant at(String time) {
        return Instant.parse(time);
    }

    @Test
    void atNoonTheTargetIsThisMorning() {
        assertThat(SIX_AND_EIGHTEEN.lastTarget(at("2024-03-10T12:00:00Z"))).contains(at("2024-03-10T06:00:00Z"));
    }

    @Test
    void atMidnightTheTargetIsYesterdayEvening() {
        assertThat(SIX_AND_EIGHTEEN.lastTarget(at("2024-03-10T00:00:00Z"))).contains(at("2024-03-09T18:00:00Z"));
    }

    @Test
    void atNineInTheEveningTheTargetIsThisEvening() {
        assertThat(SIX_AND_EIGHTEEN.lastTarget(at("2024-03-10T21:00:00Z"))).contains(at("2024-03-10T18:00:00Z"));
    }

    @Test
    void exactlyAtAnHourThatHourIsTheTarget() {
        assertThat(SIX_AND_EIGHTEEN.lastTarget(at("2024-03-10T06:00:00Z"))).contains(at("2024-03-10T06:00:00Z"));
    }

    @Test
    void noHoursMeansNoTarget() {
        assertThat(RefreshSchedule.ALWAYS.lastTarget(at("2024-03-10T06:00:00Z")))
                .isEmpty();
    }

    @Test
    void refreshedBeforeTheTargetIsStale() {
        assertThat(SIX.isStale(at("2024-03-10T05:00:00Z"), at("2024-03-10T12:00:00Z")))
                .isTrue();
    }

    @Test
    void refreshedExactlyAtTheTargetIsFresh() {
        assertThat(SIX.isStale(at("2024-03-10T06:00:00Z"), at("2024-03-10T12:00:00Z")))
                .isFalse();
    }

    @Test
    void refreshedAfterTheTargetIsFresh() {
        assertThat(SIX.isStale(at("2024-03-10T07:00:00Z"), at("2024-03-10T12:00:00Z")))
                .isFalse();
    }

    @Test
    void neverRefreshedIsStale() {
        assertThat(SIX.isStale(null, at("2024-03-10T12:00:00Z"))).isTrue();
    }

    @Test
    void withoutHoursACollectionIsAlwaysStale() {
        assertThat(RefreshSchedule.ALWAYS.isStale(at("2024-03-10T11:59:00Z"), at("2024-03-10T12:00:00Z")))
                .isTrue();
    }
}
