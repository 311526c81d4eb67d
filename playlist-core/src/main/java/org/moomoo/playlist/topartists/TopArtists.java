package org.moomoo.playlist.topartists;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.generator.Generators;
import org.moomoo.playlist.generator.NoFilesRequestedException;
import org.moomoo.playlist.generator.RandomOrder;
import org.moomoo.playlist.generator.TrackOptions;
import org.moomoo.playlist.similarity.SpecialArtists;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Track;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The top-artists collection (spec/playlists-http-client.md 6.7): for up to {@code count} of the
 * user's most played artists, a playlist seeded from the artist's files.
 */
public final class TopArtists {

    /** Recently played tracks are pushed away this strongly, for variety from day to day. */
    static final double RECENCY_FACTOR = 0.5;
    private static final Logger log = LoggerFactory.getLogger(TopArtists.class);

    private final JdbcClient jdbc;
    private final AnalyticsSchema schema;
    private final RebuildRetry retry;
    private final Generators generators;

    /** @param retry repeats a read that fails while the models are being rebuilt */
    public TopArtists(JdbcClient jdbc, AnalyticsSchema schema, RebuildRetry retry, Generators generators) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.retry = retry;
        this.generators = generators;
    }

    /**
     * Up to {@code count} playlists "Top Artists k", one per qualifying artist in random order; an
     * artist without files is logged and skipped.
     */
    public List<Playlist> playlists(String username, HistoryLength history, int count, RandomGenerator random) {
        TrackOptions options = TrackOptions.defaults().withSeedCount(1).withRecencyFactor(RECENCY_FACTOR);
        List<Playlist> playlists = new ArrayList<>();
        for (TopArtist artist : RandomOrder.sample(artists(username, history), count, random)) {
            List<Track> tracks;
            try {
                tracks = generators.fromMbids(List.of(artist.artistMbid()), username).tracks(options);
            } catch (NoFilesRequestedException e) {
                log.warn("No files found for {}/{}: {}", artist.artistName(), artist.artistMbid(), e.getMessage());
                continue;
            }
            playlists.add(new Playlist("Top Artists " + (playlists.size() + 1), "Songs like " + artist.artistName(), tracks));
        }
        return playlists;
    }

    /**
     * The user's artists with enough listens in the history length, by MBID; placeholder artists
     * such as Various Artists are never anyone's top artist (DESIGN 9.2).
     */
    List<TopArtist> artists(String username, HistoryLength history) {
        return retry.read(() -> jdbc.sql("SELECT artist_mbid, artist_name FROM " + schema.table("artist_listen_counts")
                        + " WHERE username = :username AND " + history.column() + " >= :minimum"
                        + " AND artist_mbid IS NOT NULL ORDER BY artist_mbid")
                .param("username", username).param("minimum", history.minimumListens())
                .query((rs, i) -> new TopArtist(rs.getObject("artist_mbid", UUID.class), rs.getString("artist_name")))
                .list()).stream()
                .filter(artist -> !SpecialArtists.contains(artist.artistMbid()))
                .toList();
    }
}
