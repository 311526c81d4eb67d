package org.moomoo.jobs.evaluate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One backtest: what was held out and how every generator and baseline scored on it. Stored as
 * JSON with the run and printed by {@code moomoo evaluate}.
 *
 * @param username      whose listens
 * @param cutoff        the models saw only listens and feedback before this instant
 * @param holdoutEnd    the held-out listens are those from the cutoff to this instant
 * @param settings      the switches of the run (seed, cf, count, embedder)
 * @param libraryFiles  files of the library
 * @param heldOutPlays  held-out listens that reached a library file
 * @param heldOutTracks distinct files of those listens
 * @param novelTracks   of those, the files never played before the cutoff
 * @param collections   each collection generator and its baselines
 * @param moreLikeThis  "more like this" and its baselines on the holdout's sessions
 * @param buildSeconds  how long the as-of build of the models took
 * @param seconds       how long the whole run took
 */
public record EvaluationReport(
        String username,
        Instant cutoff,
        Instant holdoutEnd,
        Map<String, String> settings,
        int libraryFiles,
        int heldOutPlays,
        int heldOutTracks,
        int novelTracks,
        List<CollectionRow> collections,
        List<SessionRow> moreLikeThis,
        double buildSeconds,
        double seconds) {

    /** The generator itself, beside the baselines' names. */
    public static final String GENERATOR = "generator";

    public static final String RANDOM = "random";
    public static final String MOST_PLAYED = "most-played";
    public static final String ALBUM = "album";
    public static final String ARTIST = "artist";

    /** The generator name of "more like this" in the stored scores. */
    public static final String MORE_LIKE_THIS = "more-like-this";

    public EvaluationReport {
        settings = Map.copyOf(settings);
        collections = List.copyOf(collections);
        moreLikeThis = List.copyOf(moreLikeThis);
    }

    /** One collection generator, or a baseline in its playlist sizes, and its score. */
    public record CollectionRow(String generator, String method, CollectionScore score) {}

    /** "More like this" or a baseline in its place, and its score. */
    public record SessionRow(String method, SessionScore score) {}
}
