package org.moomoo.playlist.similarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.moomoo.playlist.track.Track;

/**
 * Walks a similarity stream keeping at most {@code limitPerArtist} tracks per artist
 * (spec/playlists-http-client.md 4.7). A track counts against its artist and its album artist;
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
    public List<Track> select(List<String> seeds, int limit, int limitPerArtist, List<Double> weights,
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
        Iterator<Track> tracks = stream.open(new StreamRequest(seeds, weights, predicateWeights,
                StreamRequest.DEFAULT_LIMIT));
        if (limitPerArtist == 0) {
            while (tracks.hasNext() && selected.size() < limit) {
                selected.add(tracks.next());
            }
            return selected;
        }
        Set<String> seedPaths = new HashSet<>(seeds);
        Map<UUID, Integer> counts = new HashMap<>();
        while (tracks.hasNext() && selected.size() < limit) {
            Track track = tracks.next();
            if (seedPaths.contains(track.filepath()) || track.artistMbid() == null || track.albumArtistMbid() == null) {
                continue;
            }
            Set<UUID> artists = Set.copyOf(List.of(track.artistMbid(), track.albumArtistMbid()));
            boolean room = artists.stream().allMatch(artist -> counts.getOrDefault(artist, 0) < limitPerArtist);
            if (room) {
                selected.add(track);
                artists.stream().filter(artist -> !SpecialArtists.contains(artist))
                        .forEach(artist -> counts.merge(artist, 1, Integer::sum));
            }
        }
        return selected;
    }
}
