package org.moomoo.jobs.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The playlists a generator is compared with, made the same way for every generator: random library
 * tracks in the same playlist sizes, the user's most played tracks before the cutoff, and for "more
 * like this" the seed's own album and artist.
 */
final class Baselines {

    private final List<String> library;
    private final List<String> mostPlayed;
    private final Map<String, List<String>> albums = new HashMap<>();
    private final Map<String, List<String>> artists = new HashMap<>();
    private final Map<String, LibraryFile> byPath = new HashMap<>();

    /**
     * @param files      every file of the library, in path order
     * @param mostPlayed the files the user played before the cutoff, most played first
     */
    Baselines(List<LibraryFile> files, List<String> mostPlayed) {
        this.library = files.stream().map(LibraryFile::filepath).toList();
        this.mostPlayed = List.copyOf(mostPlayed);
        for (LibraryFile file : files) {
            byPath.put(file.filepath(), file);
            albums.computeIfAbsent(file.albumKey(), key -> new ArrayList<>()).add(file.filepath());
            if (file.artistKey() != null) {
                artists.computeIfAbsent(file.artistKey(), key -> new ArrayList<>())
                        .add(file.filepath());
            }
        }
    }

    /** Uniformly random library tracks, each playlist of the given size without repeats. */
    List<List<String>> random(List<Integer> sizes, RandomGenerator random) {
        List<List<String>> playlists = new ArrayList<>();
        for (int size : sizes) {
            playlists.add(sample(library, size, random));
        }
        return playlists;
    }

    /** The most played tracks before the cutoff, dealt out in order: the first playlist gets the top ones. */
    List<List<String>> mostPlayed(List<Integer> sizes) {
        List<List<String>> playlists = new ArrayList<>();
        int next = 0;
        for (int size : sizes) {
            int end = Math.min(mostPlayed.size(), next + size);
            playlists.add(mostPlayed.subList(Math.min(next, end), end));
            next = end;
        }
        return playlists;
    }

    /** {@code n} random library tracks other than the seed. */
    List<String> randomFor(Session session, int n, RandomGenerator random) {
        // One more than needed, so that dropping the seed still leaves n: a uniform sample of the others.
        List<String> drawn = new ArrayList<>(sample(library, n + 1, random));
        if (!drawn.remove(session.seed()) && drawn.size() > n) {
            drawn.remove(drawn.size() - 1);
        }
        return drawn;
    }

    /** The {@code n} most played tracks before the cutoff other than the seed. */
    List<String> mostPlayedFor(Session session, int n) {
        return mostPlayed.stream()
                .filter(path -> !path.equals(session.seed()))
                .limit(n)
                .toList();
    }

    /** The other tracks of the seed's album, in path order. */
    List<String> albumOf(Session session) {
        LibraryFile seed = byPath.get(session.seed());
        return seed == null ? List.of() : without(albums.get(seed.albumKey()), session.seed());
    }

    /** The other tracks of the seed's artist, in path order. */
    List<String> artistOf(Session session) {
        LibraryFile seed = byPath.get(session.seed());
        if (seed == null || seed.artistKey() == null) {
            return List.of();
        }
        return without(artists.get(seed.artistKey()), session.seed());
    }

    private static List<String> without(List<String> paths, String seed) {
        return paths.stream().filter(path -> !path.equals(seed)).toList();
    }

    // A partial Fisher-Yates shuffle: the first n of a uniformly random order.
    private static List<String> sample(List<String> from, int n, RandomGenerator random) {
        List<String> pool = new ArrayList<>(from);
        int take = Math.min(n, pool.size());
        for (int i = 0; i < take; i++) {
            int j = i + random.nextInt(pool.size() - i);
            String swap = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, swap);
        }
        return List.copyOf(pool.subList(0, take));
    }
}
