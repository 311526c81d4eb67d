package org.moomoo.playlist.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.moomoo.playlist.track.Track;

/**
 * Every file of the library sorted by path, for finding a request's source tracks: a file by binary
 * search, a folder as the run of paths that follows {@code folder/} (paths under a folder sort
 * together). Sources come back as seed tracks: all ids, the album artist falling back to the track
 * artist, whole-second length (DESIGN 9.3), {@code is_seed} true, ordered by path.
 */
public final class FileCatalog {

    private final LibraryRow[] byPath;

    FileCatalog(List<LibraryRow> files) {
        byPath = files.toArray(LibraryRow[]::new);
        Arrays.sort(byPath, Comparator.comparing(LibraryRow::filepath));
        for (int i = 1; i < byPath.length; i++) {
            if (byPath[i].filepath().equals(byPath[i - 1].filepath())) {
                throw new IllegalArgumentException("the path " + byPath[i].filepath() + " appears twice");
            }
        }
    }

    /** Number of files, embedded or not. */
    public int size() {
        return byPath.length;
    }

    /**
     * The files that are one of {@code paths} or lie under one of them taken as a folder
     * ({@code path/}). A plain comparison of text, so {@code %} and {@code _} are literal and
     * {@code Album} does not match {@code Album (Deluxe)/...} (DESIGN 9.4).
     */
    public List<Track> atOrUnder(Collection<String> paths) {
        TreeMap<String, Track> seeds = new TreeMap<>();
        for (String path : paths) {
            LibraryRow exact = at(path);
            if (exact != null) {
                seeds.put(path, exact.track(null, true));
            }
            String folder = path + "/";
            for (int i = firstAtOrAfter(folder);
                    i < byPath.length && byPath[i].filepath().startsWith(folder);
                    i++) {
                seeds.put(byPath[i].filepath(), byPath[i].track(null, true));
            }
        }
        return new ArrayList<>(seeds.values());
    }

    /** The files that are exactly one of {@code paths}. */
    public List<Track> at(Collection<String> paths) {
        TreeMap<String, Track> seeds = new TreeMap<>();
        for (String path : paths) {
            LibraryRow exact = at(path);
            if (exact != null) {
                seeds.put(path, exact.track(null, true));
            }
        }
        return new ArrayList<>(seeds.values());
    }

    private LibraryRow at(String path) {
        int i = firstAtOrAfter(path);
        return i < byPath.length && byPath[i].filepath().equals(path) ? byPath[i] : null;
    }

    private int firstAtOrAfter(String path) {
        int low = 0;
        int high = byPath.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (byPath[middle].filepath().compareTo(path) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
