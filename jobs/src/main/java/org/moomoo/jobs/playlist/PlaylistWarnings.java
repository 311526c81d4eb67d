package org.moomoo.jobs.playlist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.moomoo.jobs.playlist.LocalFileFacts.Facts;
import org.moomoo.playlist.similarity.LibrarySnapshot;
import org.moomoo.playlist.track.Track;

/**
 * The warnings {@code moomoo playlist} prints on standard error beside a playlist, so that what
 * it quietly left out is never a mystery: a path of several that matches no file, a source file
 * that cannot seed the playlist (it has no vector), a playlist shorter than asked for.
 */
final class PlaylistWarnings {

    /** Source files without a vector named one by one; the rest are counted. */
    static final int FILES_NAMED = 5;

    /** The shortest embedded audio that makes a file a seed, as the engine's snapshot requires (spec 2.1). */
    static final double SEED_SECONDS = 60;

    private PlaylistWarnings() {}

    /** The paths that are no file of the snapshot and no folder of one, in the order given. */
    static List<String> unmatched(LibrarySnapshot snapshot, List<String> paths) {
        return paths.stream()
                .filter(path -> snapshot.files().atOrUnder(List.of(path)).isEmpty())
                .toList();
    }

    /** The warning for a path that matched nothing while others did. */
    static String unmatchedPath(String path) {
        return "no file of the library is at or under " + path + "; it is left out (check the spelling: paths are"
                + " relative to the library)";
    }

    /** The source files without a vector: they are listed as sources but the engine cannot seed from them. */
    static List<String> withoutVector(LibrarySnapshot snapshot, List<Track> sources) {
        return sources.stream()
                .map(Track::filepath)
                .filter(path -> snapshot.indexOf(path) < 0)
                .toList();
    }

    /**
     * One line per file without a vector (at most {@link #FILES_NAMED}, then a count of the others), each
     * saying why from the file's {@code local_files} row and what to do.
     */
    static List<String> noVector(List<String> paths, Map<String, Facts> facts) {
        List<String> lines = new ArrayList<>();
        for (String path : paths.subList(0, Math.min(paths.size(), FILES_NAMED))) {
            lines.add(path + " cannot seed the playlist: " + whyNoVector(facts.get(path)));
        }
        if (paths.size() > FILES_NAMED) {
            lines.add((paths.size() - FILES_NAMED) + " more source files have no vector and cannot seed the playlist");
        }
        return lines;
    }

    private static String whyNoVector(Facts facts) {
        if (facts != null && Boolean.FALSE.equals(facts.embedded())) {
            return "it could not be embedded (" + facts.failReason() + "); once that is fixed (a newer moomoo, ffmpeg"
                    + " installed), ./moomoo jobs run embed library=DIR retry-failed=true tries it again";
        }
        if (facts != null && facts.seconds() != null && facts.seconds() < SEED_SECONDS) {
            return String.format(
                    Locale.ROOT,
                    "it is only %.0f s long and seeds need at least %.0f s",
                    facts.seconds(),
                    SEED_SECONDS);
        }
        return "it has no vector yet; run ./moomoo jobs run embed library=DIR, then conditioner-apply and build-models";
    }

    /** The warning for a playlist shorter than {@code asked}, if it is. */
    static Optional<String> shorter(int found, int asked) {
        if (found >= asked) {
            return Optional.empty();
        }
        return Optional.of(
                "found " + found + " of the " + asked + " tracks asked for (n=" + asked + "): the library has no more"
                        + " embedded tracks near the seeds within " + PlaylistRequest.LIMIT_PER_ARTIST + " per artist");
    }
}
