package org.moomoo.playlist.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.moomoo.models.testing.AnalyticRows;
import org.moomoo.models.testing.AnalyticSchema;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.similarity.Candidate;
import org.moomoo.playlist.similarity.Selector;
import org.moomoo.playlist.similarity.StreamRequest;
import org.moomoo.playlist.similarity.TrackStream;
import org.moomoo.playlist.track.Reason;
import org.moomoo.playlist.track.Track;
import org.moomoo.testsupport.FreshDatabaseExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The get-tracks pipeline (spec/playlists-http-client.md 5.3) over a stream that returns test/1 ...
 * test/99 by distinct artists, with the listening history on the database.
 */
class TrackPipelineTest {

    @RegisterExtension
    static final FreshDatabaseExtension DATABASE = new FreshDatabaseExtension(AnalyticSchema.RECIPE);

    private static final List<Track> SOURCE = List.of(Track.ofPath("test/0"));

    private ListeningHistory history;

    private final List<StreamRequest> requests = new ArrayList<>();

    @BeforeEach
    void emptyTables(JdbcClient jdbc) {
        new AnalyticRows(jdbc).clear().listens("user", "test/0", 10, 1, 0.9).listens("user", "test/1", 3, 1, 1.0);
        history = new ListeningHistory(jdbc, new AnalyticsSchema("analytics"), new RebuildRetry(duration -> {}));
        requests.clear();
    }

    private List<String> paths(String username, TrackOptions options) throws Exception {
        return tracks(username, options).stream().map(Track::filepath).toList();
    }

    /** The stream's tracks carry the engine's reason: test/0 is every track's nearest seed. */
    private List<Track> tracks(String username, TrackOptions options) throws Exception {
        TrackStream stream = request -> {
            requests.add(request);
            return IntStream.range(1, 100)
                    .mapToObj(i -> new Candidate(
                            new Track(
                                            "test/" + i,
                                            null,
                                            null,
                                            null,
                                            UUID.randomUUID(),
                                            UUID.randomUUID(),
                                            200,
                                            (double) i,
                                            false)
                                    .withReason(new Reason.Similar("test/0", i, 1.0, 1.0, 1.0, null, null)),
                            "artist " + i,
                            "album artist " + i))
                    .iterator();
        };
        return new TrackPipeline(new Selector(stream), history, new Random(4)).tracks(SOURCE, username, options);
    }

    private static TrackOptions unshuffled(int limit) {
        return TrackOptions.defaults().withShuffle(false).withLimit(limit);
    }

    @Test
    void takesTheNearestTracks() throws Exception {
        assertThat(paths(null, unshuffled(2))).containsExactly("test/1", "test/2");
    }

    @Test
    void takesAsManyTracksAsTheLimit() throws Exception {
        assertThat(paths(null, unshuffled(4))).containsExactly("test/1", "test/2", "test/3", "test/4");
    }

    @Test
    void shownSeedsComeFirstAndCountTowardTheLimit() throws Exception {
        assertThat(paths(null, unshuffled(2).withSeedCount(1))).containsExactly("test/0", "test/1");
    }

    @Test
    void moreSeedsThanTheLimitStillGiveAtMostTheLimit() throws Exception {
        assertThat(paths(null, unshuffled(1).withSeedCount(5))).containsExactly("test/0");
    }

    @Test
    void aUsernameGivesTheSameTracks() throws Exception {
        assertThat(paths("user", unshuffled(4))).isEqualTo(paths(null, unshuffled(4)));
    }

    @Test
    void aUsernameWeightsSourcesByTheirListens() throws Exception {
        paths("user", unshuffled(4));

        assertThat(requests.get(0).weights()).containsExactly(ListeningHistory.listenWeight(10));
    }

    @Test
    void recencyPushesRecentlyPlayedTracksAway() throws Exception {
        paths("user", unshuffled(4).withRecencyFactor(0.5));

        assertThat(requests.get(0).predicateWeights())
                .containsEntry("test/1", ListeningHistory.recencyWeight(1.0, 0.5))
                .containsEntry("test/0", ListeningHistory.recencyWeight(0.9, 0.5));
    }

    @Test
    void withoutAUsernameNothingIsWeighted() throws Exception {
        paths(null, unshuffled(4).withRecencyFactor(0.5));

        assertThat(requests.get(0).weights()).isNull();
        assertThat(requests.get(0).predicateWeights()).isNull();
    }

    @Test
    void shufflingKeepsTheSameTracks() throws Exception {
        assertThat(paths(null, TrackOptions.defaults().withLimit(10)))
                .containsExactlyInAnyOrderElementsOf(paths(null, unshuffled(10)));
    }

    @Test
    void aShownSeedsReasonIsItsListensAndANeighboursHasItsNearestSeedsListens() throws Exception {
        List<Track> tracks = tracks("user", unshuffled(3).withSeedCount(1));

        assertThat(tracks.get(0).reason()).isEqualTo(new Reason.Seed(10.0));
        Reason.Similar neighbour = (Reason.Similar) tracks.get(1).reason();
        assertThat(neighbour.nearestSeed()).isEqualTo("test/0");
        assertThat(neighbour.seedListens()).isEqualTo(10.0);
        // Without a recency factor no recency weight moved it.
        assertThat(neighbour.recencyScore()).isNull();
    }

    @Test
    void aRecentlyPlayedNeighboursReasonHasTheRecencyScoreBehindItsWeight() throws Exception {
        List<Track> tracks = tracks("user", unshuffled(3).withRecencyFactor(0.5));

        assertThat(tracks.get(0).filepath()).isEqualTo("test/1");
        assertThat(((Reason.Similar) tracks.get(0).reason()).recencyScore()).isEqualTo(1.0);
        assertThat(((Reason.Similar) tracks.get(1).reason()).recencyScore()).isNull();
    }

    @Test
    void withoutAUsernameReasonsHaveNoListeningHistory() throws Exception {
        List<Track> tracks = tracks(null, unshuffled(2).withSeedCount(1));

        assertThat(tracks.get(0).reason()).isEqualTo(new Reason.Seed(null));
        assertThat(((Reason.Similar) tracks.get(1).reason()).seedListens()).isNull();
    }
}
