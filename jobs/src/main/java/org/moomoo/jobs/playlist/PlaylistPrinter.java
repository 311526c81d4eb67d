package org.moomoo.jobs.playlist;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.moomoo.playlist.track.Track;
import org.moomoo.playlist.track.TrackJson;

/**
 * Prints a playlist: one line per track (distance or "seed", then the relative path), with
 * {@code why} the track's reason on the line below it; or compact JSON, which carries the reason
 * object.
 */
final class PlaylistPrinter {

    private PlaylistPrinter() {}

    /** The indent of a reason line: under the path. */
    private static final String REASON_INDENT = " ".repeat(10);

    static void print(List<Track> tracks, boolean json, boolean why, PrintWriter out) {
        if (json) {
            out.println(TrackJson.compact(tracks));
        } else {
            for (Track track : tracks) {
                String distance = track.matchDistance() == null
                        ? (Boolean.TRUE.equals(track.isSeed()) ? "seed" : "")
                        : String.format(Locale.ROOT, "%.4f", track.matchDistance());
                out.printf(Locale.ROOT, "%-8s  %s%n", distance, track.filepath());
                if (why) {
                    out.println(REASON_INDENT
                            + (track.reason() == null
                                    ? "no reason recorded"
                                    : track.reason().text()));
                }
            }
        }
        out.flush();
    }
}
