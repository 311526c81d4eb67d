package org.moomoo.playlist.generator;

import java.util.List;
import java.util.function.Supplier;
import org.moomoo.playlist.similarity.LibrarySnapshot;
import org.moomoo.playlist.track.Track;

/**
 * A generator's source tracks, looked up in the library snapshot the similarity stream also reads
 * (so sources and neighbours come from the same model build, and a folder of a 100,000-file library
 * is found by binary search instead of a table scan): seed tracks with all their ids, the album
 * artist falling back to the track artist, whole-second length (DESIGN 9.3) and {@code is_seed} true.
 */
public final class SourceTracks {

    private final Supplier<LibrarySnapshot> snapshots;

    public SourceTracks(Supplier<LibrarySnapshot> snapshots) {
        this.snapshots = snapshots;
    }

    /** Files that are one of {@code paths} or lie under one of them as a folder (DESIGN 9.4), by path. */
    public List<Track> atOrUnder(List<String> paths) {
        return snapshots.get().files().atOrUnder(paths);
    }

    /** The files that are exactly one of {@code paths}, by path. */
    public List<Track> at(List<String> paths) {
        return snapshots.get().files().at(paths);
    }
}
