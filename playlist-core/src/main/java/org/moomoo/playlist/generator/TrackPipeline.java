package org.moomoo.playlist.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.moomoo.playlist.similarity.Selector;
import org.moomoo.playlist.track.Reason;
import org.moomoo.playlist.track.Track;

/**
 * The "get tracks" pipeline both generators share (spec/playlists-http-client.md 5.3): shown seeds,
 * listen-count weights of the sources, recency weights of the candidates, the per-artist selector and
 * the shuffle. The playlist is never longer than {@code limit} (DESIGN 9.11). Each track carries its
 * reason: a shown seed its plays, a neighbour the engine's reason with the plays of its nearest seed
 * and its own recency score.
 */
public final class TrackPipeline {

    private final Selector selector;
    private final ListeningHistory history;
    private final RandomGenerator random;

    public TrackPipeline(Selector selector, ListeningHistory history, RandomGenerator random) {
        this.selector = selector;
        this.history = history;
        this.random = random;
    }

    /** The same pipeline drawing its samples and shuffles from {@code newRandom}. */
    public TrackPipeline drawingFrom(RandomGenerator newRandom) {
        return new TrackPipeline(selector, history, newRandom);
    }

    /** Shown seeds, then neighbours of all {@code sources}; {@code username} null for no listening history. */
    public List<Track> tracks(List<Track> sources, String username, TrackOptions options)
            throws NoFilesRequestedException {
        if (sources.isEmpty()) {
            throw new NoFilesRequestedException();
        }
        int shownCount = Math.min(options.seedCount(), Math.max(options.limit(), 0));
        // Every source when there are no more than asked for (in path order), else a uniform sample.
        List<Track> shown = shownCount >= sources.size() ? sources : RandomOrder.sample(sources, shownCount, random);
        List<String> paths = sources.stream().map(Track::filepath).toList();
        List<Double> weights = null;
        Map<String, Double> counts = username == null ? null : history.listenCounts(username, paths);
        if (counts != null) {
            weights = paths.stream()
                    .map(path -> ListeningHistory.listenWeight(counts.get(path)))
                    .toList();
        }
        Map<String, Double> predicateWeights = null;
        Map<String, Double> recencyScores = Map.of();
        if (options.recencyFactor() > 0 && username != null) {
            predicateWeights = new LinkedHashMap<>();
            recencyScores = history.recentlyPlayed(username, ListeningHistory.RECENTLY_PLAYED_LIMIT);
            for (Map.Entry<String, Double> played : recencyScores.entrySet()) {
                predicateWeights.put(
                        played.getKey(), ListeningHistory.recencyWeight(played.getValue(), options.recencyFactor()));
            }
        }
        List<Track> neighbours = selector.select(
                paths, options.limit() - shown.size(), options.limitPerArtist(), weights, predicateWeights);
        if (options.shuffle()) {
            neighbours = RandomOrder.shuffle(neighbours, random);
        }
        List<Track> playlist = new ArrayList<>();
        for (Track seed : shown) {
            playlist.add(seed.withReason(new Reason.Seed(counts == null ? null : counts.get(seed.filepath()))));
        }
        for (Track neighbour : neighbours) {
            playlist.add(withHistory(neighbour, counts, recencyScores));
        }
        return playlist;
    }

    /**
     * The neighbour with the listening history behind its reason's weights: the nearest seed's plays
     * (null without a listener) and its own recency score when a recency weight moved it.
     */
    private static Track withHistory(Track neighbour, Map<String, Double> counts, Map<String, Double> recencyScores) {
        if (!(neighbour.reason() instanceof Reason.Similar similar)) {
            return neighbour;
        }
        Double seedListens = counts == null ? null : counts.get(similar.nearestSeed());
        return neighbour.withReason(similar.withHistory(seedListens, recencyScores.get(neighbour.filepath())));
    }
}
