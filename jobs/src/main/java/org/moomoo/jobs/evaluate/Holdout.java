package org.moomoo.jobs.evaluate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the user played after the cutoff among the library's files, and what before.
 *
 * @param plays        the held-out plays that reached a library file
 * @param heldOut      the distinct files of those plays
 * @param playedBefore the files the user played before the cutoff
 * @param sessions     the holdout's sessions
 */
record Holdout(List<Play> plays, Set<String> heldOut, Set<String> playedBefore, List<Session> sessions) {

    Holdout {
        plays = List.copyOf(plays);
        heldOut = Set.copyOf(heldOut);
        playedBefore = Set.copyOf(playedBefore);
        sessions = List.copyOf(sessions);
    }

    /** The holdout of these plays, given what was played before the cutoff. */
    static Holdout of(List<Play> plays, Set<String> playedBefore) {
        Set<String> heldOut = new LinkedHashSet<>();
        plays.forEach(play -> heldOut.add(play.filepath()));
        return new Holdout(plays, heldOut, playedBefore, Session.of(plays));
    }

    /** Held-out tracks never played before the cutoff: what the user discovered or rediscovered anew. */
    Set<String> novel() {
        Set<String> novel = new LinkedHashSet<>(heldOut);
        novel.removeAll(playedBefore);
        return novel;
    }
}
