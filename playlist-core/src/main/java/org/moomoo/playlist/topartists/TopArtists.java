package org.moomoo.playlist.topartists;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.moomoo.playlist.collection.AnalyticSchema;
import org.moomoo.playlist.collection.Sampling;
import org.moomoo.playlist.generator.Generators;
import org.moomoo.playlist.generator.NoFilesRequestedException;
import org.moomoo.playlist.generator.TrackOptions;
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
    /**
     * MusicBrainz placeholder artists ([anonymous], [data], [dialogue], [no artist], [traditional],
     * [unknown], Various Artists): never anyone's top artist (DESIGN 9.2).
     */
    static final Set<UUID> SPECIAL_PURPOSE_ARTISTS = Set.of(
            UUID.fromString("f731ccc4-e22a-43af-a747-64213329e088"),
            UUID.fromString("33cf029c-63b0-41a0-9855-be2a3665fb3b"),
            UUID.fromString("314e1c25-dde7-4e4d-b2f4-0a7b9f7c56dc"),
            UUID.fromString("eec63d3c-3b81-4ad4-b1e4-7c147d4d2b61"),
            UUID.fromString("9be7f096-97ec-4615-8957-8d40b5dcbc41"),
            UUID.fromString("125ec42a-7229-4250-afc5-e057484327fe"),
            UUID.fromString("89ad4ac3-39f7-470e-963a-56509c546377"));
    private static final Logger log = LoggerFactory.getLogger(TopArtists.class);

    private final JdbcClient jdbc;
    private final AnalyticSchema schema;
    private final Generators generators;

    public TopArtists(JdbcClient jdbc, AnalyticSchema schema, Generators generators) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.generators = generators;
    }

    /**
     * Up to {@code count} playlists "Top Artists k", one per qualifying artist in random order; an
     * artist without files is logged and skipped.
     */
    public List<Playlist> playlists(String username, HistoryLength history, int count, RandomGenerator random) {
        TrackOptions options = TrackOptions.defaults().withSeedCount(1).withRecencyFactor(RECENCY_FACTOR);
        List<Playlist> playlists = new ArrayList<>();
        for (TopArtist artist : Sampling.sample(artists(username, history), count, random)) {
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

    /** The user's artists with enough listens in the history length, by MBID, placeholders left out. */
    List<TopArtist> artists(String username, HistoryLength history) {
        return jdbc.sql("SELECT artist_mbid, artist_name FROM " + schema.table("artist_listen_counts")
                        + " WHERE username = :username AND " + history.column() + " >= :minimum"
                        + " AND artist_mbid IS NOT NULL ORDER BY artist_mbid")
                .param("username", username).param("minimum", history.minimumListens())
                .query((rs, i) -> new TopArtist(rs.getObject("artist_mbid", UUID.class), rs.getString("artist_name")))
                .list().stream()
                .filter(artist -> !SPECIAL_PURPOSE_ARTISTS.contains(artist.artistMbid()))
                .toList();
    }
}
