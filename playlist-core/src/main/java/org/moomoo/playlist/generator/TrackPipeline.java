package org.moomoo.playlist.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.moomoo.playlist.similarity.Selector;
import org.moomoo.playlist.track.Track;

/**
 * The "get tracks" pipeline both generators share (spec/playlists-http-client.md 5.3): shown seeds,
 * listen-count weights of the sources, recency weights of the candidates, the per-artist selector and
 * the shuffle. The playlist is never longer than {@code limit} (DESIGN 9.11).
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
        if (username != null) {
            Map<String, Double> counts = history.listenCounts(username, paths);
            weights = paths.stream()
                    .map(path -> ListeningHistory.listenWeight(counts.get(path)))
                    .toList();
        }
        Map<String, Double> predicateWeights = null;
        if (options.recencyFactor() > 0 && username != null) {
            predicateWeights = new LinkedHashMap<>();
            for (Map.Entry<String, Double> played : history.recentlyPlayed(
                            username, ListeningHistory.RECENTLY_PLAYED_LIMIT)
                    .entrySet()) {
                predicateWeights.put(
                        played.getKey(), ListeningHistory.recencyWeight(played.getValue(), options.recencyFactor()));
            }
        }
        List<Track> neighbours = selector.select(
                paths, options.limit() - shown.size(), options.limitPerArtist(), weights, predicateWeights);
        if (options.shuffle()) {
            neighbours = RandomOrder.shuffle(neighbours, random);
        }
        List<Track> playlist = new ArrayList<>(shown);
        playlist.addAll(neighbours);
        return playlist;
    }
}
