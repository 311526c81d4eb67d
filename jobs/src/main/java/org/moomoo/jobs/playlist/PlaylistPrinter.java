package org.moomoo.jobs.playlist;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.moomoo.playlist.track.Track;
import org.moomoo.playlist.track.TrackJson;

/** Prints a playlist: one line per track (distance or "seed", then the relative path), or compact JSON. */
final class PlaylistPrinter {

    private PlaylistPrinter() {}

    static void print(List<Track> tracks, boolean json, PrintWriter out) {
        if (json) {
            out.println(TrackJson.compact(tracks));
        } else {
            for (Track track : tracks) {
                String distance = track.matchDistance() == null
                        ? (Boolean.TRUE.equals(track.isSeed()) ? "seed" : "")
                        : String.format(Locale.ROOT, "%.4f", track.matchDistance());
                out.printf(Locale.ROOT, "%-8s  %s%n", distance, track.filepath());
            }
        }
        out.flush();
    }
}
