package org.moomoo.playlist.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of reason's English line, and its JSON form read back. */
class ReasonTest {

    private static final Reason.Similar CLOSE =
            new Reason.Similar("Artist/Album/03 Tune.flac", 0.8124, 1.0, 1.0, 1.0, null, null);

    @Test
    void aNeighbourNamesItsNearestSeedByFileNameAndItsDistance() {
        assertThat(CLOSE.text()).isEqualTo("close to 03 Tune (0.812 away)");
    }

    @Test
    void aNeighbourNamesTheFactorsAndWeightsThatMovedIt() {
        Reason.Similar moved = new Reason.Similar("a/seed.mp3", 1.5, 0.9, 2.48, 0.667, 10.0, 1.0);

        assertThat(moved.text())
                .isEqualTo("close to seed (1.500 away), artists rarely played together (×0.90),"
                        + " seed played 10 times, played recently (×0.67)");
    }

    @Test
    void aSeedSaysSoWithItsPlays() {
        assertThat(new Reason.Seed(null).text()).isEqualTo("a seed of the playlist");
        assertThat(new Reason.Seed(1.0).text()).isEqualTo("a seed of the playlist, played once");
        assertThat(new Reason.Seed(2.5).text()).isEqualTo("a seed of the playlist, played 2.5 times");
    }

    @Test
    void aRevisitTrackSaysWhenItWasPlayedAndForHowLongNot() {
        assertThat(new Reason.RevisitTrack(14, LocalDate.of(2023, 3, 2), LocalDate.of(2023, 5, 30), 30).text())
                .isEqualTo("played 14 times from March to May 2023, not in the last 30 days");
        assertThat(new Reason.RevisitTrack(3, LocalDate.of(2023, 3, 2), LocalDate.of(2023, 3, 9), 1).text())
                .isEqualTo("played 3 times in March 2023, not in the last 1 day");
        assertThat(new Reason.RevisitTrack(2, LocalDate.of(2022, 12, 2), LocalDate.of(2023, 1, 9), 90).text())
                .isEqualTo("played 2 times from December 2022 to January 2023, not in the last 90 days");
    }

    @Test
    void collectionsWrapTheEnginesReason() {
        assertThat(new Reason.TopArtist("Björk", 3, 120, 90, CLOSE).text())
                .isEqualTo("your no. 3 artist Björk (120 times in the last 90 days); close to 03 Tune (0.812 away)");
        assertThat(new Reason.SmartMix(List.of("A", "B", "C"), CLOSE).text())
                .isEqualTo("in a cluster with A, B and C; close to 03 Tune (0.812 away)");
        assertThat(new Reason.SmartMix(List.of("A"), null).text()).isEqualTo("in a cluster with A");
    }

    @Test
    void theJsonFormCarriesKindTextAndFactsAndReadsBack() {
        Reason reason = new Reason.TopArtist("Björk", 3, 120, null, CLOSE);

        String json = ReasonJson.write(reason);

        assertThat(json)
                .startsWith("{\"kind\":\"top_artist\",\"text\":\"your no. 3 artist Björk (120 times in all); close to")
                .contains("\"because\":{\"kind\":\"similar\"")
                .doesNotContain("history_days")
                .doesNotContain("seed_listens");
        assertThat(ReasonJson.read(json)).isEqualTo(reason);
    }

    @Test
    void aReasonThatIsNoReasonObjectIsAnErrorSayingWhy() {
        assertThatThrownBy(() -> ReasonJson.read("[1]")).hasMessageStartingWith("a reason must be a JSON object");
        assertThatThrownBy(() -> ReasonJson.read("{\"text\":\"x\"}")).hasMessageStartingWith("a reason needs a kind");
        assertThatThrownBy(() -> ReasonJson.read("{\"kind\":\"astrology\"}"))
                .hasMessage("unknown reason kind astrology");
        assertThatThrownBy(() -> ReasonJson.read("{\"kind\":\"loved\"}"))
                .hasMessageStartingWith("a loved reason needs loved_on");
        assertThatThrownBy(() -> ReasonJson.read("{\"kind\":\"loved\",\"loved_on\":\"March\"}"))
                .hasMessageStartingWith("loved_on of a reason is no date");
        assertThatThrownBy(() -> ReasonJson.read("{not json")).hasMessageStartingWith("a reason is not valid JSON");
    }
}
