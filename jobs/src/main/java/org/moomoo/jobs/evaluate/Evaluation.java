package org.moomoo.jobs.evaluate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;
import org.moomoo.jobs.evaluate.EvaluationReport.CollectionRow;
import org.moomoo.jobs.evaluate.EvaluationReport.SessionRow;
import org.moomoo.models.ModelProject;
import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.moomoo.playlist.generator.DatabaseGenerators;
import org.moomoo.playlist.generator.Generators;
import org.moomoo.playlist.generator.ListeningHistory;
import org.moomoo.playlist.generator.NoFilesRequestedException;
import org.moomoo.playlist.generator.TrackOptions;
import org.moomoo.playlist.lovedtracks.LovedTracks;
import org.moomoo.playlist.revisit.RevisitReleases;
import org.moomoo.playlist.revisit.RevisitTracks;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.similarity.SnapshotLoader;
import org.moomoo.playlist.smartmix.SmartMixes;
import org.moomoo.playlist.topartists.HistoryLength;
import org.moomoo.playlist.topartists.TopArtists;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Track;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One backtest: builds the models as of the cutoff, generates every collection and a "more like
 * this" playlist per holdout session from that build with a fixed seed (the collection jobs' own
 * generators of playlist-core), and scores them and their baselines on the holdout.
 */
final class Evaluation {

    /** The "more like this" playlist: 20 neighbours of the seed, best first, 2 per artist. */
    static final TrackOptions MORE_LIKE_THIS = new TrackOptions(SessionScore.CUTOFF_RANK, 2, false, 0, 0.0);

    private static final Logger log = LoggerFactory.getLogger(Evaluation.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ModelProject project;
    private final Clock clock;

    Evaluation(DataSource dataSource, JdbcClient jdbc, ModelProject project, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.project = project;
        this.clock = clock;
    }

    /**
     * Runs the backtest in scratch schema {@code scratch}, which is dropped at the end, also on a
     * failure.
     */
    EvaluationReport run(EvaluateParameters parameters, String scratch) throws SQLException {
        long started = System.nanoTime();
        Instant end = clock.instant();
        Instant cutoff = parameters.cutoffAt(end);
        if (!cutoff.isBefore(end)) {
            throw new IllegalArgumentException("the cutoff " + cutoff + " is not in the past: nothing is held out");
        }
        try (AsOfBuild build = AsOfBuild.build(dataSource, jdbc, project, scratch, cutoff)) {
            double buildSeconds = (System.nanoTime() - started) / 1e9;
            if (!parameters.cf()) {
                build.withoutCollaborativeFiltering();
            }
            AnalyticsSchema schema = build.schema();
            String username = parameters.username();
            List<LibraryFile> library = library(schema);
            List<String> mostPlayed = mostPlayedBefore(schema, username);
            Holdout holdout =
                    Holdout.of(heldOutPlays(build, schema, username, cutoff, end), new LinkedHashSet<>(mostPlayed));
            log.info(
                    "Holding out {} plays of {} library tracks from {} on, in {} sessions",
                    holdout.plays().size(),
                    holdout.heldOut().size(),
                    cutoff,
                    holdout.sessions().size());
            Baselines baselines = new Baselines(library, mostPlayed);

            RebuildRetry noRetry = new RebuildRetry(duration -> {});
            SnapshotLoader loader = new SnapshotLoader(jdbc, schema, noRetry);
            if (parameters.nearDuplicateDistance() != null) {
                loader = loader.withNearDuplicateDistance(parameters.nearDuplicateDistance());
            }
            CurrentSnapshot snapshot = new CurrentSnapshot(loader, clock, Duration.ofDays(3650), Runnable::run);
            Generators generators = DatabaseGenerators.over(
                    snapshot,
                    jdbc,
                    schema,
                    noRetry,
                    new ListeningHistory(jdbc, schema, noRetry),
                    new SplittableRandom(parameters.seed()));

            List<CollectionRow> collections = new ArrayList<>();
            for (Map.Entry<String, Function<RandomGenerator, List<Playlist>>> collection : collections(
                            schema, noRetry, generators, username, parameters.count())
                    .entrySet()) {
                List<List<String>> playlists = paths(collection.getValue().apply(random(parameters, 0)));
                List<Integer> sizes = playlists.stream().map(List::size).toList();
                String name = collection.getKey();
                collections.add(
                        new CollectionRow(name, EvaluationReport.GENERATOR, CollectionScore.of(playlists, holdout)));
                collections.add(new CollectionRow(
                        name,
                        EvaluationReport.RANDOM,
                        CollectionScore.of(baselines.random(sizes, random(parameters, 1)), holdout)));
                collections.add(new CollectionRow(
                        name, EvaluationReport.MOST_PLAYED, CollectionScore.of(baselines.mostPlayed(sizes), holdout)));
            }

            // Only sessions whose seed has a vector: every method is scored on the same sessions.
            List<Session> sessions = holdout.sessions().stream()
                    .filter(session -> snapshot.get().indexOf(session.seed()) >= 0)
                    .toList();
            RandomGenerator sessionRandom = random(parameters, 2);
            int n = SessionScore.CUTOFF_RANK;
            List<SessionRow> moreLikeThis = List.of(
                    new SessionRow(
                            EvaluationReport.GENERATOR,
                            SessionScore.of(sessions, session -> moreLikeThis(generators, session))),
                    new SessionRow(
                            EvaluationReport.RANDOM,
                            SessionScore.of(sessions, session -> baselines.randomFor(session, n, sessionRandom))),
                    new SessionRow(
                            EvaluationReport.MOST_PLAYED,
                            SessionScore.of(sessions, session -> baselines.mostPlayedFor(session, n))),
                    new SessionRow(EvaluationReport.ALBUM, SessionScore.of(sessions, baselines::albumOf)),
                    new SessionRow(EvaluationReport.ARTIST, SessionScore.of(sessions, baselines::artistOf)));

            return new EvaluationReport(
                    username,
                    cutoff,
                    end,
                    settings(parameters, snapshot.get().nearDuplicateDistance()),
                    library.size(),
                    holdout.plays().size(),
                    holdout.heldOut().size(),
                    holdout.novel().size(),
                    collections,
                    moreLikeThis,
                    buildSeconds,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /** The collections, by job name, each made from its own seeded random source. */
    private Map<String, Function<RandomGenerator, List<Playlist>>> collections(
            AnalyticsSchema schema, RebuildRetry retry, Generators generators, String username, int count) {
        Map<String, Function<RandomGenerator, List<Playlist>>> collections = new LinkedHashMap<>();
        LovedTracks loved = new LovedTracks(jdbc, schema, retry);
        RevisitReleases releases = new RevisitReleases(jdbc, schema, retry);
        RevisitTracks tracks = new RevisitTracks(jdbc, schema, retry);
        TopArtists artists = new TopArtists(jdbc, schema, retry, generators);
        SmartMixes mixes = new SmartMixes(jdbc, schema, retry, generators);
        collections.put(
                "loved-tracks", random -> loved.playlist(username).stream().toList());
        collections.put("revisit-releases", random -> releases.playlists(username, count, random));
        collections.put(
                "revisit-tracks",
                random -> tracks.playlist(username, random).stream().toList());
        collections.put(
                "top-artists", random -> artists.playlists(username, HistoryLength.of("lifetime"), count, random));
        collections.put("smart-mixes", random -> mixes.playlists(username, count, random));
        return collections;
    }

    private static List<String> moreLikeThis(Generators generators, Session session) {
        try {
            return generators.fromFiles(List.of(session.seed()), null).tracks(MORE_LIKE_THIS).stream()
                    .map(Track::filepath)
                    .toList();
        } catch (NoFilesRequestedException e) {
            return List.of();
        }
    }

    private static List<List<String>> paths(List<Playlist> playlists) {
        return playlists.stream()
                .map(playlist -> playlist.tracks().stream().map(Track::filepath).toList())
                .toList();
    }

    // One independent source per use, all from the run's seed: adding a collection changes no other's choices.
    private static RandomGenerator random(EvaluateParameters parameters, int stream) {
        return new SplittableRandom(parameters.seed() * 1_000_003L + stream);
    }

    private Map<String, String> settings(EvaluateParameters parameters, double nearDuplicateDistance) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("seed", String.valueOf(parameters.seed()));
        settings.put("cf", parameters.cf() ? "on" : "off");
        settings.put("count", String.valueOf(parameters.count()));
        settings.put("embedder", embedder().orElse("none"));
        settings.put(
                "near-duplicate",
                (parameters.nearDuplicateDistance() == null ? "calibrated " : "")
                        + BigDecimal.valueOf(nearDuplicateDistance)
                                .round(new MathContext(4))
                                .stripTrailingZeros()
                                .toPlainString());
        return settings;
    }

    private Optional<String> embedder() {
        return jdbc.sql("SELECT embedder FROM raw.local_music_embeddings WHERE success AND conditioned_embedding"
                        + " IS NOT NULL GROUP BY embedder ORDER BY count(*) DESC, embedder LIMIT 1")
                .query(String.class)
                .optional();
    }

    private List<LibraryFile> library(AnalyticsSchema schema) {
        return jdbc.sql("SELECT filepath, coalesce(release_mbid::text, regexp_replace(filepath, '/[^/]*$', ''))"
                        + " AS album_key, artist_key,"
                        + " coalesce(embedding_success AND embedding_duration_seconds >= 60, false) AS embedded"
                        + " FROM " + schema.table("local_files") + " ORDER BY filepath")
                .query((rs, i) -> new LibraryFile(
                        rs.getString("filepath"),
                        rs.getString("album_key"),
                        rs.getString("artist_key"),
                        rs.getBoolean("embedded")))
                .list();
    }

    /** The files the user played before the cutoff, most played first (ties by path). */
    private List<String> mostPlayedBefore(AnalyticsSchema schema, String username) {
        return jdbc.sql("SELECT filepath FROM " + schema.table("file_listen_counts")
                        + " WHERE username = :username AND lifetime_listen_count > 0"
                        + " ORDER BY lifetime_listen_count DESC, filepath")
                .param("username", username)
                .query(String.class)
                .list();
    }

    /**
     * The user's listens from the cutoff to the end that reach a library file through the as-of
     * build's file-to-recording map; a recording in several files is attributed to the first by path.
     */
    private List<Play> heldOutPlays(
            AsOfBuild build, AnalyticsSchema schema, String username, Instant cutoff, Instant end) {
        return jdbc.sql("SELECT DISTINCT ON (l.listen_md5) l.listen_at_ts_utc, m.filepath"
                        + " FROM (\n" + build.listensSql() + "\n) AS l"
                        + " JOIN " + schema.table("map__file_recording")
                        + " AS m ON m.recording_mbid = l.recording_mbid"
                        + " JOIN " + schema.table("local_files") + " AS f ON f.filepath = m.filepath"
                        + " WHERE l.username = :username AND l.listen_at_ts_utc >= :cutoff AND l.listen_at_ts_utc < :end"
                        + " ORDER BY l.listen_md5, m.filepath")
                .param("username", username)
                .param("cutoff", Timestamp.from(cutoff))
                .param("end", Timestamp.from(end))
                .query((rs, i) -> new Play(rs.getTimestamp(1).toInstant(), rs.getString(2)))
                .list();
    }
}
