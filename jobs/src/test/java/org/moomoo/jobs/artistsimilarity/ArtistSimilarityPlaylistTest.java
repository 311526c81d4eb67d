package org.moomoo.jobs.artistsimilarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.testing.AnalyticJobTest;
import org.moomoo.models.testing.AnalyticRows;
import org.moomoo.playlist.generator.Generators;
import org.moomoo.playlist.generator.TrackOptions;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.track.Track;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The model's effect on a playlist: after {@code update-artist-similarity-matrix} on generated dump
 * counts, a from-files playlist through the real engine prefers, of two equally distant files, the
 * one whose artist the seed's listeners also play.
 */
@AnalyticJobTest
class ArtistSimilarityPlaylistTest {

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Generators generators;

    @Autowired
    CurrentSnapshot snapshot;

    private final UUID seedArtist = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private final UUID alikeArtist = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private final UUID unlikeArtist = UUID.fromString("00000000-0000-4000-8000-000000000003");

    private AnalyticRows tables;

    @BeforeEach
    void libraryAndListeners() {
        tables = new AnalyticRows(jdbc).clear();
        // Both candidates lie at distance 3 from the seed; the unlike one's path sorts first.
        tables.embeddedFile("Seed/1.flac", seedArtist, 0, 0)
                .embeddedFile("A Unlike/1.flac", unlikeArtist, 3, 0)
                .embeddedFile("B Alike/1.flac", alikeArtist, 0, 3)
                .published();
        // The seed's listeners also play the alike artist; another crowd plays the unlike one.
        new DumpRows(jdbc)
                .clear()
                .dump("recent", 2)
                .group(
                        "recent",
                        1,
                        40,
                        seedArtist,
                        alikeArtist,
                        UUID.fromString("00000000-0000-4000-8000-000000000004"))
                .group(
                        "recent",
                        101,
                        40,
                        unlikeArtist,
                        UUID.fromString("00000000-0000-4000-8000-000000000005"),
                        UUID.fromString("00000000-0000-4000-8000-000000000006"));
    }

    private List<Track> playlist(int neighbours) throws Exception {
        snapshot.refresh();
        return generators.fromFiles(List.of("Seed/1.flac"), null).tracks(new TrackOptions(neighbours, 2, false, 0, 0));
    }

    @Test
    void ofTwoEquallyDistantFilesTheOneByASimilarArtistWins() throws Exception {
        List<Track> neutral = playlist(2);
        assertThat(neutral).extracting(Track::matchDistance).containsExactly(3.0, 3.0);

        assertThat(jobs.run("update-artist-similarity-matrix", List.of()).exitCode())
                .isEqualTo(ExitCodes.COMPLETED);
        // The artist_factors model publishes the raw vectors as they are (its SQL is this SELECT).
        jdbc.sql("""
                INSERT INTO analytics.artist_factors (artist_mbid, factors, insert_ts_utc)
                SELECT artist_mbid, factors, insert_ts_utc FROM raw.listenbrainz_artist_factors
                """).update();
        tables.published();

        List<Track> tracks = playlist(2);
        assertThat(tracks).extracting(Track::filepath).containsExactly("B Alike/1.flac", "A Unlike/1.flac");
        assertThat(tracks.get(0).matchDistance()).isLessThan(tracks.get(1).matchDistance());
        assertThat(playlist(1)).extracting(Track::filepath).containsExactly("B Alike/1.flac");
    }
}
