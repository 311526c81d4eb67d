package org.moomoo.playlist.topartists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.collection.NumberedPlaylists;
import org.moomoo.playlist.generator.Generators;
import org.moomoo.playlist.generator.RandomOrder;
import org.moomoo.playlist.similarity.SpecialArtists;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Reason;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The top-artists collection (spec/playlists-http-client.md 6.7): for up to {@code count} of the
 * user's most played artists, a playlist seeded from the artist's files; each track's reason names
 * the artist's rank and plays.
 */
public final class TopArtists {

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
        return NumberedPlaylists.of(
                "Top Artists",
                RandomOrder.sample(artists(username, history), count, random),
                artist -> generators.fromMbids(List.of(artist.artistMbid()), username),
                artist -> "Songs like " + artist.artistName(),
                artist -> artist.artistName() + "/" + artist.artistMbid(),
                (artist, because) -> new Reason.TopArtist(
                        artist.artistName(), artist.rank(), artist.plays(), history.days(), because));
    }

    /**
     * The user's artists with enough listens in the history length, by MBID, each with its plays and
     * rank (most plays first, ties by MBID); placeholder artists such as Various Artists are never
     * anyone's top artist (DESIGN 9.2).
     */
    List<TopArtist> artists(String username, HistoryLength history) {
        List<TopArtist> byPlays = retry
                .read(() -> jdbc.sql("SELECT artist_mbid, artist_name, " + history.column() + "::bigint AS plays"
                                + " FROM " + schema.table("artist_listen_counts")
                                + " WHERE username = :username AND " + history.column() + " >= :minimum"
                                + " AND artist_mbid IS NOT NULL ORDER BY plays DESC, artist_mbid")
                        .param("username", username)
                        .param("minimum", history.minimumListens())
                        .query((rs, i) -> new TopArtist(
                                rs.getObject("artist_mbid", UUID.class),
                                rs.getString("artist_name"),
                                rs.getLong("plays"),
                                0))
                        .list())
                .stream()
                .filter(artist -> !SpecialArtists.contains(artist.artistMbid()))
                .toList();
        List<TopArtist> ranked = new ArrayList<>();
        for (int i = 0; i < byPlays.size(); i++) {
            TopArtist artist = byPlays.get(i);
            ranked.add(new TopArtist(artist.artistMbid(), artist.artistName(), artist.plays(), i + 1));
        }
        ranked.sort(Comparator.comparing(TopArtist::artistMbid));
        return ranked;
    }
}
