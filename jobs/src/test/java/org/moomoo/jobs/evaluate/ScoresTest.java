package org.moomoo.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The metrics and baselines on hand-built histories whose scores are known. */
class ScoresTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");

    private static Play play(int minutes, String path) {
        return new Play(T0.plus(Duration.ofMinutes(minutes)), path);
    }

    private static List<String> library(int size) {
        return IntStream.range(0, size)
                .mapToObj(i -> String.format("lib/%04d.flac", i))
                .toList();
    }

    private static List<LibraryFile> files(List<String> paths) {
        return paths.stream()
                .map(path -> new LibraryFile(path, "album", "artist", true))
                .toList();
    }

    @Test
    void aGeneratorReturningExactlyTheHeldOutTracksScoresOne() {
        Holdout holdout =
                Holdout.of(List.of(play(0, "a"), play(5, "b"), play(9, "c"), play(600, "a")), Set.of("x", "y"));

        CollectionScore score = CollectionScore.of(List.of(List.of("a", "b"), List.of("c")), holdout);

        assertThat(score).isEqualTo(new CollectionScore(2, 3, 1.0, 1.0, 1.0, 1.0));
    }

    @Test
    void handBuiltPlaylistsScoreWhatCountingSays() {
        // held out: a, b, c, d; a and b were played before the cutoff, so c and d are novel
        Holdout holdout =
                Holdout.of(List.of(play(0, "a"), play(1, "b"), play(2, "c"), play(3, "d")), Set.of("a", "b", "old"));

        CollectionScore score =
                CollectionScore.of(List.of(List.of("a", "x", "y", "z"), List.of("c", "a"), List.of("p", "q")), holdout);

        assertThat(score.playlists()).isEqualTo(3);
        assertThat(score.tracks()).isEqualTo(8);
        assertThat(score.hitShare()).isEqualTo(2.0 / 3);
        assertThat(score.precision()).isEqualTo(3.0 / 8);
        assertThat(score.recall()).isEqualTo(2.0 / 4);
        assertThat(score.novelty()).isEqualTo(1.0 / 2);
    }

    @Test
    void nothingHeldOutOrNoPlaylistsScoresZeroNotNaN() {
        Holdout empty = Holdout.of(List.of(), Set.of("a"));

        assertThat(CollectionScore.of(List.of(List.of("a")), empty))
                .isEqualTo(new CollectionScore(1, 1, 0.0, 0.0, 0.0, 0.0));
        assertThat(CollectionScore.of(List.of(), Holdout.of(List.of(play(0, "a")), Set.of())))
                .isEqualTo(new CollectionScore(0, 0, 0.0, 0.0, 0.0, 0.0));
        assertThat(SessionScore.of(List.of(), session -> List.of())).isEqualTo(new SessionScore(0, 0.0, 0.0));
    }

    @Test
    void sessionsSplitAtThirtyMinutesAndNeedThreeDistinctTracks() {
        List<Session> sessions = Session.of(List.of(
                // one session: 29 minutes apart each, a repeat of a, 3 distinct tracks
                play(0, "a"),
                play(29, "b"),
                play(58, "a"),
                play(87, "c"),
                // exactly 30 minutes later: a new session of only 2 distinct tracks, dropped
                play(117, "d"),
                play(120, "e"),
                // a day later, given out of order
                play(1470, "h"),
                play(1440, "f"),
                play(1450, "g")));

        assertThat(sessions).containsExactly(new Session("a", List.of("b", "c")), new Session("f", List.of("g", "h")));
    }

    @Test
    void moreLikeThisScoresTheRankOfTheFirstOtherSessionTrackWithinTwenty() {
        List<Session> sessions = List.of(
                new Session("s1", List.of("x", "y")), new Session("s2", List.of("z")), new Session("s3", List.of("w")));
        List<String> filler = IntStream.range(0, 25).mapToObj(i -> "f" + i).toList();

        SessionScore score = SessionScore.of(sessions, session -> switch (session.seed()) {
            // rank 1
            case "s1" -> List.of("y", "x");
            // rank 4
            case "s2" -> List.of("f1", "f2", "f3", "z");
            // rank 21: beyond the first 20
            default -> {
                List<String> ranking = new ArrayList<>(filler.subList(0, 20));
                ranking.add("w");
                yield ranking;
            }
        });

        assertThat(score.sessions()).isEqualTo(3);
        assertThat(score.hitRate()).isEqualTo(2.0 / 3);
        assertThat(score.mrr()).isEqualTo((1.0 + 0.25) / 3);
    }

    @Test
    void theRandomBaselineOnAUniformLibraryScoresWhatProbabilitySays() {
        // 200 tracks, 10 of them held out, 5 playlists of 20: over many seeds the precision is
        // 10/200, a playlist holds a held-out track with 1 - C(190,20)/C(200,20), and a held-out
        // track is in some playlist with 1 - (1 - 20/200)^5.
        List<String> library = library(200);
        Holdout holdout = Holdout.of(
                library.subList(0, 10).stream().map(path -> play(0, path)).toList(), Set.of());
        Baselines baselines = new Baselines(files(library), List.of());
        double precision = 0;
        double hitShare = 0;
        double recall = 0;
        int runs = 2000;
        for (int seed = 1; seed <= runs; seed++) {
            List<List<String>> playlists = baselines.random(List.of(20, 20, 20, 20, 20), new SplittableRandom(seed));
            assertThat(playlists)
                    .allSatisfy(playlist -> assertThat(Set.copyOf(playlist)).hasSize(20));
            CollectionScore score = CollectionScore.of(playlists, holdout);
            precision += score.precision() / runs;
            hitShare += score.hitShare() / runs;
            recall += score.recall() / runs;
        }
        double missAll = 1;
        for (int i = 0; i < 20; i++) {
            missAll *= (190.0 - i) / (200.0 - i);
        }

        assertThat(precision).isCloseTo(10.0 / 200, within(0.002));
        assertThat(hitShare).isCloseTo(1 - missAll, within(0.01));
        assertThat(recall).isCloseTo(1 - Math.pow(0.9, 5), within(0.01));
    }

    @Test
    void theRandomSessionBaselineHitsAsOftenAsProbabilitySaysAndNeverProposesTheSeed() {
        // a seed and 4 other session tracks among 100: 20 random others miss all 4 with C(95,20)/C(99,20)
        List<String> library = library(100);
        Baselines baselines = new Baselines(files(library), List.of());
        Session session = new Session(library.get(0), library.subList(1, 5));
        SplittableRandom random = new SplittableRandom(7);
        int runs = 5000;
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            sessions.add(session);
        }

        SessionScore score = SessionScore.of(sessions, s -> {
            List<String> proposed = baselines.randomFor(s, 20, random);
            assertThat(proposed).hasSize(20).doesNotContain(s.seed()).doesNotHaveDuplicates();
            return proposed;
        });
        double missAll = 1;
        for (int i = 0; i < 20; i++) {
            missAll *= (95.0 - i) / (99.0 - i);
        }

        assertThat(score.hitRate()).isCloseTo(1 - missAll, within(0.015));
    }

    @Test
    void mostPlayedIsDealtOutInOrderAndAlbumAndArtistBaselinesLeaveTheSeedOut() {
        List<LibraryFile> files = List.of(
                new LibraryFile("A/1/a.flac", "album 1", "artist A", true),
                new LibraryFile("A/1/b.flac", "album 1", "artist A", true),
                new LibraryFile("A/2/c.flac", "album 2", "artist A", true),
                new LibraryFile("B/3/d.flac", "album 3", "artist B", true),
                new LibraryFile("X/e.flac", "X", null, false));
        Baselines baselines = new Baselines(files, List.of("B/3/d.flac", "A/1/a.flac", "A/2/c.flac"));
        Session session = new Session("A/1/a.flac", List.of("A/2/c.flac", "B/3/d.flac"));

        assertThat(baselines.mostPlayed(List.of(2, 2)))
                .containsExactly(List.of("B/3/d.flac", "A/1/a.flac"), List.of("A/2/c.flac"));
        assertThat(baselines.mostPlayedFor(session, 20)).containsExactly("B/3/d.flac", "A/2/c.flac");
        assertThat(baselines.albumOf(session)).containsExactly("A/1/b.flac");
        assertThat(baselines.artistOf(session)).containsExactly("A/1/b.flac", "A/2/c.flac");
        assertThat(baselines.artistOf(new Session("X/e.flac", List.of("A/1/a.flac"))))
                .isEmpty();
    }
}
