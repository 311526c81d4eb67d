package org.moomoo.jobs.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.testing.AnalyticJobTest;
import org.moomoo.models.testing.AnalyticRows;
import org.moomoo.playlist.generator.Generators;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.track.Track;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application's {@link Generators} end to end on the database: a folder of an artist, ten other
 * artists' files at growing distances, and what {@code moomoo playlist} prints for them.
 */
@AnalyticJobTest
class GeneratorsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Generators generators;

    @Autowired
    CurrentSnapshot snapshot;

    private final UUID artist = UUID.randomUUID();

    @BeforeEach
    void library() {
        AnalyticRows tables = new AnalyticRows(jdbc).clear();
        tables.embeddedFile("Artist/Album/1.flac", artist, 0, 0).embeddedFile("Artist/Album/2.flac", artist, 0, 1);
        for (int i = 1; i <= 10; i++) {
            tables.embeddedFile("Other/" + i + ".flac", UUID.randomUUID(), 2 + i, 0);
        }
        tables.mbid(artist, "artist", "Artist/Album/1.flac", "Artist/Album/2.flac")
                .published();
        snapshot.refresh();
    }

    @Test
    void aFolderGivesItsFilesAsSeedsThenTheNearestOthers() throws Exception {
        List<Track> tracks = generators
                .fromFiles(List.of("Artist/Album"), null)
                .tracks(PlaylistRequest.parse(List.of("Artist/Album", "n=5", "seed=2"), "PATH")
                        .options());

        assertThat(tracks).hasSize(5);
        assertThat(tracks.subList(0, 2))
                .extracting(Track::filepath)
                .containsExactlyInAnyOrder("Artist/Album/1.flac", "Artist/Album/2.flac");
        assertThat(tracks.subList(2, 5))
                .extracting(Track::filepath)
                .containsExactlyInAnyOrder("Other/1.flac", "Other/2.flac", "Other/3.flac");
    }

    @Test
    void mbidsOfAnArtistGiveTheSameNeighbours() throws Exception {
        List<Track> tracks = generators
                .fromMbids(List.of(artist), null)
                .tracks(PlaylistRequest.parse(List.of(artist.toString(), "n=3", "seed=0"), "MBID")
                        .options());

        assertThat(tracks)
                .extracting(Track::filepath)
                .containsExactlyInAnyOrder("Other/1.flac", "Other/2.flac", "Other/3.flac");
    }

    @Test
    void printsDistancesAndPaths() throws Exception {
        List<Track> tracks = generators
                .fromFiles(List.of("Artist/Album/1.flac"), null)
                .tracks(PlaylistRequest.parse(List.of("Artist/Album/1.flac", "n=2", "seed=1"), "PATH")
                        .options());
        StringWriter out = new StringWriter();

        PlaylistPrinter.print(tracks, false, false, new PrintWriter(out));

        assertThat(out.toString()).isEqualTo("seed      Artist/Album/1.flac\n1.0000    Artist/Album/2.flac\n");
    }

    @Test
    void whyPrintsEachTracksReasonUnderIt() throws Exception {
        List<Track> tracks = generators
                .fromFiles(List.of("Artist/Album/1.flac"), null)
                .tracks(PlaylistRequest.parse(List.of("Artist/Album/1.flac", "n=2", "seed=1"), "PATH")
                        .options());
        StringWriter out = new StringWriter();

        PlaylistPrinter.print(tracks, false, true, new PrintWriter(out));

        // The neighbour's nearest (only) seed is 1.flac, one unit away; no factors, no listener.
        assertThat(out.toString())
                .isEqualTo("seed      Artist/Album/1.flac\n"
                        + "          a seed of the playlist\n"
                        + "1.0000    Artist/Album/2.flac\n"
                        + "          close to 1 (1.000 away)\n");
    }

    @Test
    void printsCompactJson() throws Exception {
        List<Track> tracks = generators
                .fromFiles(List.of("Artist/Album/1.flac"), null)
                .tracks(PlaylistRequest.parse(List.of("Artist/Album/1.flac", "n=1", "seed=0"), "PATH")
                        .options());
        StringWriter out = new StringWriter();

        PlaylistPrinter.print(tracks, true, false, new PrintWriter(out));

        assertThat(out.toString())
                .isEqualTo("[{\"filepath\":\"Artist/Album/2.flac\",\"recording_mbid\":\""
                        + UUID.nameUUIDFromBytes("Artist/Album/2.flac".getBytes()) + "\",\"artist_mbid\":\"" + artist
                        + "\",\"album_artist_mbid\":\"" + artist
                        + "\",\"track_length_seconds\":200,\"match_distance\":1.0,\"is_seed\":false,"
                        + "\"reason\":{\"kind\":\"similar\",\"text\":\"close to 1 (1.000 away)\","
                        + "\"nearest_seed\":\"Artist/Album/1.flac\",\"seed_distance\":1.0,\"cf_factor\":1.0,"
                        + "\"seed_share\":1.0,\"predicate_weight\":1.0}}]\n");
    }
}
