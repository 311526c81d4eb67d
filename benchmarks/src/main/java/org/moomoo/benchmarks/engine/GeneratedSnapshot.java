package org.moomoo.benchmarks.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.moomoo.playlist.similarity.LibraryRow;
import org.moomoo.playlist.similarity.LibrarySnapshot;
import org.moomoo.testsupport.library.GeneratedMusicLibrary;
import org.moomoo.testsupport.library.GeneratedMusicLibrary.GeneratedTrack;

/**
 * The engine's snapshot of a generated library, built in memory: the rows the snapshot loader would
 * read from the tables {@link GeneratedMusicLibrary#write} fills (every file embedded, its artist's
 * MBID as its identity), and the near-duplicate distance used when no conditioner has been fitted.
 */
final class GeneratedSnapshot {

    /** The loader's distance without a fitted conditioner (the original's MERT value). */
    static final double NEAR_DUPLICATE_DISTANCE = 0.5;

    private GeneratedSnapshot() {}

    static LibrarySnapshot of(GeneratedMusicLibrary library) {
        List<LibraryRow> rows =
                library.tracks().stream().map(GeneratedSnapshot::row).toList();
        Map<String, float[]> factors = new HashMap<>();
        library.factors().forEach((artist, values) -> factors.put(artist.toString(), values));
        return new LibrarySnapshot(rows, factors, NEAR_DUPLICATE_DISTANCE, 0);
    }

    private static LibraryRow row(GeneratedTrack track) {
        String artist = track.artist().toString();
        return new LibraryRow(
                track.path(),
                track.recording(),
                track.release(),
                track.release(),
                track.artist(),
                null,
                artist,
                artist,
                track.lengthSeconds(),
                track.vector());
    }
}
