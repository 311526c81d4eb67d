package org.moomoo.playlist.similarity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link SongPath} as its Javadoc states it, by brute force: for each position, every file's
 * distance to the target, the eligible ones sorted by distance and the hex MD5 of their path, the
 * first one taken. Slow and plain, for proving the generator exact.
 */
final class ReferenceSongPath {

    private ReferenceSongPath() {}

    /** The path's tracks, or null when an end is missing, has no vector, or both ends are one file. */
    static List<SongPathTrack> between(LibrarySnapshot library, String from, String to, int n, int limitPerArtist) {
        int start = library.indexOf(from);
        int finish = library.indexOf(to);
        if (start < 0 || finish < 0 || start == finish) {
            return null;
        }
        float[] a = library.row(start).vector();
        float[] b = library.row(finish).vector();
        List<Integer> playlist = new ArrayList<>(List.of(start, finish));
        List<Integer> chosen = new ArrayList<>();
        List<Double> targetDistances = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 1; i <= n - 2; i++) {
            double s = (double) i / (n - 1);
            double[] target = new double[a.length];
            for (int k = 0; k < a.length; k++) {
                target[k] = (double) a[k] + s * ((double) b[k] - (double) a[k]);
            }
            List<double[]> eligible = new ArrayList<>();
            for (int file = 0; file < library.size(); file++) {
                if (playlist.contains(file) || !roomFor(library.row(file), counts, limitPerArtist)) {
                    continue;
                }
                boolean nearDuplicate = false;
                for (int track : playlist) {
                    nearDuplicate |= library.distance(track, file) <= library.nearDuplicateDistance();
                }
                if (nearDuplicate) {
                    continue;
                }
                float[] x = library.row(file).vector();
                double sum = 0;
                for (int k = 0; k < x.length; k++) {
                    double difference = (double) x[k] - target[k];
                    sum += difference * difference;
                }
                eligible.add(new double[] {sum, file});
            }
            if (eligible.isEmpty()) {
                break;
            }
            eligible.sort(Comparator.<double[]>comparingDouble(entry -> entry[0])
                    .thenComparing(entry -> md5(library.row((int) entry[1]).filepath())));
            int file = (int) eligible.get(0)[1];
            playlist.add(file);
            chosen.add(file);
            targetDistances.add(Math.sqrt(eligible.get(0)[0]));
            for (String artist : artists(library.row(file))) {
                if (!SpecialArtists.containsKey(artist)) {
                    counts.merge(artist, 1, Integer::sum);
                }
            }
        }
        List<SongPathTrack> tracks = new ArrayList<>();
        tracks.add(new SongPathTrack(library.row(start).track(null, true), null));
        int previous = start;
        for (int j = 0; j < chosen.size(); j++) {
            int file = chosen.get(j);
            tracks.add(new SongPathTrack(
                    library.row(file).track(targetDistances.get(j), false), library.distance(previous, file)));
            previous = file;
        }
        tracks.add(new SongPathTrack(library.row(finish).track(null, true), library.distance(previous, finish)));
        return tracks;
    }

    private static boolean roomFor(LibraryRow row, Map<String, Integer> counts, int limitPerArtist) {
        if (limitPerArtist == 0) {
            return true;
        }
        return artists(row).stream().allMatch(artist -> counts.getOrDefault(artist, 0) < limitPerArtist);
    }

    private static Set<String> artists(LibraryRow row) {
        Set<String> artists = new LinkedHashSet<>();
        if (row.artistKey() != null) {
            artists.add(row.artistKey());
        }
        if (row.albumArtistKey() != null) {
            artists.add(row.albumArtistKey());
        }
        return new HashSet<>(artists);
    }

    private static String md5(String path) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(path.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
