package org.moomoo.playlist.smartmix;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.collection.NumberedPlaylists;
import org.moomoo.playlist.generator.Generators;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The smart-mixes collection (spec/playlists-http-client.md 6.8): clusters the tracks the user
 * already likes by sound and artist similarity, and makes one "songs like these" playlist per
 * tight cluster, whose tracks' reasons name the cluster's artists.
 */
public final class SmartMixes {

    /** A pool of at most this many tracks is too small to cluster usefully. */
    static final int MIN_POOL = 50;

    private static final int MIN_CLUSTER_SIZE = 3;
    private static final int MIN_SAMPLES = 3;
    private static final Logger log = LoggerFactory.getLogger(SmartMixes.class);

    private final JdbcClient jdbc;
    private final AnalyticsSchema schema;
    private final RebuildRetry retry;
    private final Generators generators;

    /** @param retry repeats a read that fails while the models are being rebuilt */
    public SmartMixes(JdbcClient jdbc, AnalyticsSchema schema, RebuildRetry retry, Generators generators) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.retry = retry;
        this.generators = generators;
    }

    /**
     * Up to {@code count} playlists "Smart Mix k"; none (with a message saying why) when the pool is
     * too small or no cluster has 3 to 8 artists.
     */
    public List<Playlist> playlists(String username, int count, RandomGenerator random) {
        List<PoolTrack> pool = new TrackPool(jdbc, schema, retry).read(username);
        // The original required more than 50 tracks to cluster but let a pool of exactly 50 through
        // to a crash; one threshold here.
        if (pool.size() <= MIN_POOL) {
            log.info("Not enough tracks ({}) to generate smart mixes.", pool.size());
            return List.of();
        }
        pool = TrackPool.downSample(pool, random);
        List<List<Integer>> clusters = clusters(pool, count);
        if (clusters.isEmpty()) {
            log.info("No clusters with 3-8 artists.");
            return List.of();
        }
        return playlists(username, pool, clusters);
    }

    private List<List<Integer>> clusters(List<PoolTrack> pool, int count) {
        List<String> artists =
                pool.stream().map(PoolTrack::artistKey).distinct().toList();
        ArtistSimilarity similarity = ArtistSimilarity.read(jdbc, schema, retry, artists);
        log.info("Clustering {} tracks by {} artists.", pool.size(), similarity.size());
        DistanceMatrix distances = DistanceMatrix.of(pool, similarity);
        int[] labels = new Hdbscan(MIN_CLUSTER_SIZE, MIN_SAMPLES).leafLabels(distances);
        List<List<Integer>> chosen = ClusterSelection.select(labels, pool, distances, count);
        long noise =
                Arrays.stream(labels).filter(label -> label == Hdbscan.NOISE).count();
        log.info(
                "Found {} clusters ({} tracks left out as noise); chose {}.",
                Arrays.stream(labels).max().orElse(Hdbscan.NOISE) + 1,
                noise,
                chosen.size());
        return chosen;
    }

    private List<Playlist> playlists(String username, List<PoolTrack> pool, List<List<Integer>> clusters) {
        List<List<PoolTrack>> members = clusters.stream()
                .map(cluster -> cluster.stream().map(pool::get).toList())
                .toList();
        return NumberedPlaylists.of(
                "Smart Mix",
                members,
                cluster -> generators.fromFiles(
                        cluster.stream().map(PoolTrack::filepath).toList(), username),
                MixDescription::of,
                cluster -> "cluster",
                (cluster, because) -> new Reason.SmartMix(MixDescription.artists(cluster), because));
    }
}
