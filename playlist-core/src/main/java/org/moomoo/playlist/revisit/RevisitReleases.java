package org.moomoo.playlist.revisit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Reason;
import org.moomoo.playlist.track.Track;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The revisit-releases collection (spec/playlists-http-client.md 6.5): one playlist per release
 * group the user used to play, each with all of its local files, whose reason is the release's plays
 * 90 to 150 days ago and since.
 */
public final class RevisitReleases {

    private static final Logger log = LoggerFactory.getLogger(RevisitReleases.class);

    private final JdbcClient jdbc;
    private final AnalyticsSchema schema;
    private final RebuildRetry retry;

    /** @param retry repeats a read that fails while the models are being rebuilt */
    public RevisitReleases(JdbcClient jdbc, AnalyticsSchema schema, RebuildRetry retry) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.retry = retry;
    }

    /** Up to {@code count} playlists, titled "Revisit Release k" in (artist, title) order. */
    public List<Playlist> playlists(String username, int count, RandomGenerator random) {
        List<Playlist> playlists = new ArrayList<>();
        for (ReleaseCandidate release : choose(candidates(username), count, random)) {
            Reason reason = new Reason.RevisitRelease(
                    release.releaseGroupTitle(), release.artistName(), release.listensOld(), release.listensRecent());
            List<Track> tracks = tracks(release.releaseGroupMbid()).stream()
                    .map(track -> track.withReason(reason))
                    .toList();
            if (tracks.isEmpty()) {
                log.warn("No files found for release mbid={}.", release.releaseGroupMbid());
                continue;
            }
            playlists.add(new Playlist(
                    "Revisit Release " + (playlists.size() + 1),
                    "Revisit: " + release.releaseGroupTitle() + " - " + release.artistName(),
                    tracks));
        }
        return playlists;
    }

    /** The user's candidates, by release group. */
    List<ReleaseCandidate> candidates(String username) {
        return retry.read(() -> jdbc.sql("SELECT release_group_mbid, release_group_title, artist_name, revisit_score,"
                        + " listens_old::integer AS listens_old, listens_recent::integer AS listens_recent"
                        + " FROM " + schema.table("revisit_releases")
                        + " WHERE username = :username ORDER BY release_group_mbid")
                .param("username", username)
                .query((rs, i) -> new ReleaseCandidate(
                        rs.getObject("release_group_mbid", UUID.class),
                        rs.getString("release_group_title"),
                        rs.getString("artist_name"),
                        rs.getDouble("revisit_score"),
                        rs.getInt("listens_old"),
                        rs.getInt("listens_recent")))
                .list());
    }

    /**
     * All candidates when there are at most {@code count}; otherwise {@code count} drawn without
     * replacement with probability proportional to e^score (DESIGN 9.1: a stronger revisit
     * candidate is likelier). Returned in playlist order: artist name, then release title.
     */
    static List<ReleaseCandidate> choose(List<ReleaseCandidate> candidates, int count, RandomGenerator random) {
        List<ReleaseCandidate> chosen = candidates;
        if (candidates.size() > count) {
            double max = candidates.stream()
                    .mapToDouble(ReleaseCandidate::revisitScore)
                    .max()
                    .orElseThrow();
            // Shifted by the maximum so that e^score cannot overflow; the proportions are unchanged.
            double[] weights = candidates.stream()
                    .mapToDouble(c -> Math.exp(c.revisitScore() - max))
                    .toArray();
            chosen = WeightedDraw.draw(weights, count, random).stream()
                    .map(candidates::get)
                    .toList();
        }
        return chosen.stream()
                .sorted(Comparator.comparing(
                                ReleaseCandidate::artistName, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(
                                ReleaseCandidate::releaseGroupTitle, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ReleaseCandidate::releaseGroupMbid))
                .toList();
    }

    /** Every local file of the release group, by path. */
    List<Track> tracks(UUID releaseGroupMbid) {
        return retry.read(() -> jdbc.sql(
                        "SELECT f.filepath, f.recording_mbid, f.release_mbid, m.release_group_mbid, f.artist_mbid,"
                                + " coalesce(f.album_artist_mbid, f.artist_mbid) AS album_artist_mbid,"
                                + " floor(f.track_length_seconds)::integer AS track_length_seconds"
                                + " FROM " + schema.table("map__file_release_group") + " m"
                                + " JOIN " + schema.table("local_files") + " f ON f.filepath = m.filepath"
                                + " WHERE m.release_group_mbid = :mbid ORDER BY f.filepath")
                .param("mbid", releaseGroupMbid)
                .query((rs, i) -> new Track(
                        rs.getString("filepath"),
                        rs.getObject("recording_mbid", UUID.class),
                        rs.getObject("release_mbid", UUID.class),
                        rs.getObject("release_group_mbid", UUID.class),
                        rs.getObject("artist_mbid", UUID.class),
                        rs.getObject("album_artist_mbid", UUID.class),
                        rs.getObject("track_length_seconds", Integer.class),
                        null,
                        null))
                .list());
    }
}
