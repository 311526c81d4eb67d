package org.moomoo.playlist.similarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moomoo.playlist.track.Track;

/**
 * Walks a similarity stream keeping at most {@code limitPerArtist} tracks per artist
 * (spec/playlists-http-client.md 4.7). A track counts against its artist and its album artist,
 * each known by its identity (DESIGN 9.19: the MBID, else the normalised name tag, else the top
 * folder), so that files without MusicBrainz ids are limited too instead of skipped;
 * special-purpose artists never count.
 */
public final class Selector {

    private final TrackStream stream;

    public Selector(TrackStream stream) {
        this.stream = stream;
    }

    /**
     * The first {@code limit} acceptable tracks of the stream opened on {@code seeds}, in stream order.
     *
     * @param limitPerArtist 0 for no per-artist limit
     * @param weights one per seed, or null for all 1
     * @param predicateWeights per-candidate weights by path, or null
     */
    public List<Track> select(
            List<String> seeds,
            int limit,
            int limitPerArtist,
            List<Double> weights,
            Map<String, Double> predicateWeights) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("No filepaths provided.");
        }
        if (limitPerArtist < 0) {
            throw new IllegalArgumentException("limitPerArtist must be zero or more, got " + limitPerArtist);
        }
        List<Track> selected = new ArrayList<>();
        if (limit <= 0) {
            // The original returned one track here; a playlist of n tracks never gets more (DESIGN 9.11).
            return selected;
        }
        Iterator<Candidate> candidates =
                stream.candidates(new StreamRequest(seeds, weights, predicateWeights, StreamRequest.DEFAULT_LIMIT));
        if (limitPerArtist == 0) {
            while (candidates.hasNext() && selected.size() < limit) {
                selected.add(candidates.next().track());
            }
            return selected;
        }
        Set<String> seedPaths = new HashSet<>(seeds);
        Map<String, Integer> counts = new HashMap<>();
        while (candidates.hasNext() && selected.size() < limit) {
            Candidate candidate = candidates.next();
            if (seedPaths.contains(candidate.track().filepath())) {
                continue;
            }
            // A null identity is no artist: it neither blocks nor counts, so two never collide.
            Set<String> artists = new HashSet<>(2);
            if (candidate.artistKey() != null) {
                artists.add(candidate.artistKey());
            }
            if (candidate.albumArtistKey() != null) {
                artists.add(candidate.albumArtistKey());
            }
            boolean room = artists.stream().allMatch(artist -> counts.getOrDefault(artist, 0) < limitPerArtist);
            if (room) {
                selected.add(candidate.track());
                artists.stream()
                        .filter(artist -> !SpecialArtists.containsKey(artist))
                        .forEach(artist -> counts.merge(artist, 1, Integer::sum));
            }
        }
        return selected;
    }
}
