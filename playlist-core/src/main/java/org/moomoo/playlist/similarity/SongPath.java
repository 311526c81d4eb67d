package org.moomoo.playlist.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.moomoo.playlist.similarity.SongPathException.Problem;
import org.moomoo.playlist.track.Track;

/**
 * The song path generator: a playlist of {@code n} tracks that starts at track FROM, ends at track
 * TO, and walks evenly through the embedding space between them.
 *
 * <p>Exactly, with a and b the conditioned vectors of FROM and TO (the snapshot's floats, taken as
 * doubles):
 *
 * <ol>
 *   <li>Position {@code i} (0 to n-1) has the target {@code t_i = a + s_i (b - a)}, {@code s_i = i /
 *       (n - 1)}, each coordinate computed in doubles as {@code a_k + s_i * (b_k - a_k)}. Position 0 is
 *       FROM and position n-1 is TO, both always in the playlist.
 *   <li>Positions 1 to n-2 are filled in that order, each by the <em>nearest eligible</em> file:
 *       the embedded file (a usable vector, spec 2.1) with the smallest squared distance to
 *       {@code t_i}, the sum over the dimensions, in their order, of {@code (x_k - t_k)^2} in
 *       doubles; equal sums are ordered by the MD5 of the path, as the similarity stream breaks
 *       ties (spec 4.6).
 *   <li>A file is eligible when it is not FROM, TO or a track already chosen; when it is more than
 *       the near-duplicate distance (L2, {@link LibrarySnapshot#nearDuplicateDistance()}) from every
 *       track already in the playlist (FROM, TO and those chosen), so that no recording comes twice;
 *       and when it passes the per-artist limit of the {@link Selector}: each of its artist
 *       identities (track artist and album artist, DESIGN 9.19) has fewer than {@code
 *       limitPerArtist} chosen tracks, and once chosen it counts for each identity that is not a
 *       {@link SpecialArtists special-purpose artist}. As the shown seeds of from-files, FROM and TO
 *       count toward no limit. A limit of 0 is no limit.
 *   <li>When no file is eligible for a position, none is for any later one (a file that is not
 *       eligible never becomes so), and the playlist ends with TO after the positions filled: a
 *       library too small or an artist limit too tight gives a shorter playlist, never a repeat.
 * </ol>
 *
 * <p>Each track carries its step, the L2 distance ({@link LibrarySnapshot#distance}) of its vector
 * to the previous track's (none for FROM). FROM and TO come as seed tracks; every other track has
 * {@code is_seed} false and its distance to its target as {@code match_distance}.
 *
 * <p>The search finds each position's file without measuring its distance to every file: one pass
 * per request gives each file its distance to the line through a and b, from which the distance to
 * any target is one multiply-add (see {@link SongPathSearch}).
 */
public final class SongPath {

    /** Tracks in a path unless the caller says otherwise. */
    public static final int DEFAULT_LENGTH = 20;

    private final Supplier<LibrarySnapshot> snapshots;

    public SongPath(Supplier<LibrarySnapshot> snapshots) {
        this.snapshots = snapshots;
    }

    /**
     * The path from {@code from} to {@code to} (library-relative file paths) of at most {@code n}
     * tracks, both ends included.
     *
     * @param n 2 or more
     * @param limitPerArtist most chosen tracks per artist identity; 0 for no limit
     * @throws SongPathException when an end is not a file of the library or has no vector, or both
     *     ends are the same file
     */
    public List<SongPathTrack> between(String from, String to, int n, int limitPerArtist) throws SongPathException {
        if (n < 2) {
            throw new IllegalArgumentException("a song path has at least 2 tracks (its two ends), got n = " + n);
        }
        if (limitPerArtist < 0) {
            throw new IllegalArgumentException("limitPerArtist must be zero or more, got " + limitPerArtist);
        }
        LibrarySnapshot snapshot = snapshots.get();
        int start = end(snapshot, from);
        int finish = end(snapshot, to);
        if (start == finish) {
            throw new SongPathException(
                    Problem.SAME_TRACK,
                    from,
                    "from and to are the same file, " + from + "; a path needs two different tracks");
        }
        SongPathSearch search = new SongPathSearch(snapshot, start, finish, limitPerArtist);
        List<SongPathTrack> tracks = new ArrayList<>(n);
        tracks.add(new SongPathTrack(snapshot.row(start).track(null, true), null));
        int previous = start;
        for (int i = 1; i <= n - 2; i++) {
            double s = (double) i / (n - 1);
            int file = search.nearest(s);
            if (file < 0) {
                break;
            }
            search.choose(file);
            Track track = snapshot.row(file).track(Math.sqrt(search.squaredDistance(file, s)), false);
            tracks.add(new SongPathTrack(track, snapshot.distance(previous, file)));
            previous = file;
        }
        tracks.add(new SongPathTrack(snapshot.row(finish).track(null, true), snapshot.distance(previous, finish)));
        return tracks;
    }

    private static int end(LibrarySnapshot snapshot, String path) throws SongPathException {
        int file = snapshot.indexOf(path);
        if (file >= 0) {
            return file;
        }
        if (snapshot.files().at(List.of(path)).isEmpty()) {
            throw new SongPathException(
                    Problem.NOT_IN_LIBRARY,
                    path,
                    "no file of the library is at " + path + " (paths are relative to the library)");
        }
        throw new SongPathException(
                Problem.NO_VECTOR,
                path,
                "the file " + path
                        + " has no usable vector yet (not embedded, embedding failed, or shorter than 60 s); "
                        + "run embed and conditioner-apply, then build-models");
    }
}
