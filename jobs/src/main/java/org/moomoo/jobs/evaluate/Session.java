package org.moomoo.jobs.evaluate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A listening session of the holdout: plays less than 30 minutes apart, of at least 3 distinct
 * library tracks. "More like this" is seeded with its first track and scored on the others.
 *
 * @param seed   the session's first track
 * @param others the session's other distinct tracks, in the order first played
 */
record Session(String seed, List<String> others) {

    /** Plays this far apart or more start a new session. */
    static final Duration GAP = Duration.ofMinutes(30);

    /** Fewest distinct library tracks of a session that counts. */
    static final int MIN_TRACKS = 3;

    Session {
        others = List.copyOf(others);
    }

    /** The sessions of {@code plays} (any order), oldest first. */
    static List<Session> of(List<Play> plays) {
        List<Play> ordered = new ArrayList<>(plays);
        ordered.sort(Comparator.comparing(Play::at).thenComparing(Play::filepath));
        List<Session> sessions = new ArrayList<>();
        Set<String> tracks = new LinkedHashSet<>();
        Play previous = null;
        for (Play play : ordered) {
            if (previous != null && !play.at().isBefore(previous.at().plus(GAP))) {
                close(tracks, sessions);
            }
            tracks.add(play.filepath());
            previous = play;
        }
        close(tracks, sessions);
        return sessions;
    }

    private static void close(Set<String> tracks, List<Session> sessions) {
        if (tracks.size() >= MIN_TRACKS) {
            List<String> all = new ArrayList<>(tracks);
            sessions.add(new Session(all.get(0), all.subList(1, all.size())));
        }
        tracks.clear();
    }
}
