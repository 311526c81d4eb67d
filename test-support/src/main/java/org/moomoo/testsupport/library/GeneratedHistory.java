package org.moomoo.testsupport.library;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.moomoo.testsupport.library.GeneratedMusicLibrary.GeneratedTrack;
import org.postgresql.PGConnection;

/**
 * A generated library and one listener's history in the raw tables, as the ingest jobs store them,
 * for tests and benchmarks that run the real models: the {@link GeneratedMusicLibrary}'s files with
 * MusicBrainz tags, their conditioned embeddings and the artists' factors, and listens in sessions
 * (a favourite artist, picked with Zipf weights, for 3 to 10 tracks, 3 to 5 minutes apart; one
 * track in four from another artist of the genre) spread over {@code days} days before {@code end},
 * each with its MBID mapping; and a love of every 20th recording played, an hour after its first
 * play. Everything follows from the seed.
 */
public final class GeneratedHistory {

    /**
     * One generated listen.
     *
     * @param track the file whose recording was played
     */
    public record Listen(Instant at, GeneratedTrack track) {}

    /** One generated love (feedback score 1). */
    public record Love(Instant at, UUID recording) {}

    private final GeneratedMusicLibrary library;
    private final String username;
    private final List<Listen> listens = new ArrayList<>();
    private final List<Love> loves = new ArrayList<>();

    /**
     * @param listens how many listens
     * @param days    over how many days before {@code end}
     */
    public GeneratedHistory(
            GeneratedMusicLibrary library, String username, int listens, int days, Instant end, long seed) {
        this.library = library;
        this.username = username;
        Random random = new Random(seed);
        Map<Integer, List<GeneratedTrack>> byArtist = new LinkedHashMap<>();
        for (GeneratedTrack track : library.tracks()) {
            byArtist.computeIfAbsent(track.artistNumber(), key -> new ArrayList<>())
                    .add(track);
        }
        List<Integer> artists = new ArrayList<>(byArtist.keySet());
        Collections.shuffle(artists, random);
        // Artist numbers of one genre are equal modulo GENRES.
        Map<Integer, List<Integer>> byGenre = new LinkedHashMap<>();
        artists.forEach(a -> byGenre.computeIfAbsent(a % GeneratedMusicLibrary.GENRES, key -> new ArrayList<>())
                .add(a));
        double[] cumulative = new double[artists.size()];
        double total = 0;
        for (int rank = 0; rank < artists.size(); rank++) {
            total += 1.0 / (rank + 1);
            cumulative[rank] = total;
        }
        long span = Duration.ofDays(days).toSeconds();
        while (this.listens.size() < listens) {
            int artist = artists.get(zipf(cumulative, total, random));
            Instant at = end.minusSeconds(1 + (long) (random.nextDouble() * (span - 3_600)));
            int length = 3 + random.nextInt(8);
            for (int i = 0; i < length && this.listens.size() < listens; i++) {
                int from = artist;
                if (random.nextInt(4) == 0) {
                    List<Integer> genre = byGenre.get(artist % GeneratedMusicLibrary.GENRES);
                    from = genre.get(random.nextInt(genre.size()));
                }
                List<GeneratedTrack> tracks = byArtist.get(from);
                if (at.isBefore(end)) {
                    this.listens.add(new Listen(at, tracks.get(random.nextInt(tracks.size()))));
                }
                at = at.plusSeconds(180 + random.nextInt(120));
            }
        }
        this.listens.sort(Comparator.comparing(Listen::at));
        Map<UUID, Instant> firstPlays = new LinkedHashMap<>();
        this.listens.forEach(listen -> firstPlays.putIfAbsent(listen.track().recording(), listen.at()));
        int n = 0;
        for (Map.Entry<UUID, Instant> first : firstPlays.entrySet()) {
            if (n++ % 20 == 0) {
                loves.add(new Love(first.getValue().plusSeconds(3_600), first.getKey()));
            }
        }
    }

    public String username() {
        return username;
    }

    /** The listens, oldest first. */
    public List<Listen> listens() {
        return Collections.unmodifiableList(listens);
    }

    public List<Love> loves() {
        return Collections.unmodifiableList(loves);
    }

    /**
     * Writes the library's files, embeddings and artist factors and the history into the raw tables
     * (COPY), which are expected to hold none of them.
     */
    public void write(DataSource dataSource) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            PGConnection copier = connection.unwrap(PGConnection.class);
            StringBuilder files = new StringBuilder();
            StringBuilder embeddings = new StringBuilder();
            for (GeneratedTrack track : library.tracks()) {
                files.append(track.path())
                        .append('\t')
                        .append(title(track))
                        .append('\t')
                        .append(album(track))
                        .append('\t')
                        .append(artist(track))
                        .append('\t')
                        .append("{\"title\": \"")
                        .append(title(track))
                        .append("\", \"album\": \"")
                        .append(album(track))
                        .append("\", \"artist\": \"")
                        .append(artist(track))
                        .append("\", \"album_artist\": null, \"length\": ")
                        .append(track.lengthSeconds())
                        .append(", \"musicbrainz_trackid\": \"")
                        .append(track.recording())
                        .append("\", \"musicbrainz_albumid\": \"")
                        .append(track.release())
                        .append("\", \"musicbrainz_releasegroupid\": \"")
                        .append(releaseGroup(track))
                        .append("\", \"musicbrainz_artistid\": \"")
                        .append(track.artist())
                        .append("\", \"musicbrainz_albumartistid\": \"")
                        .append(track.artist())
                        .append("\"}\t2020-01-01T00:00:00Z\t2020-01-01T00:00:00Z\n");
                String vector = vectorText(track.vector());
                embeddings
                        .append(track.path())
                        .append("\tsonic-v1\ttrue\t")
                        .append(Math.min(track.lengthSeconds(), 120))
                        .append('\t')
                        .append(vector)
                        .append('\t')
                        .append(vector)
                        .append('\n');
            }
            copier.getCopyAPI()
                    .copyIn(
                            "COPY raw.local_music_files (filepath, recording_name, release_name, artist_name, json_data,"
                                    + " file_created_at, file_modified_at) FROM STDIN",
                            new StringReader(files.toString()));
            copier.getCopyAPI()
                    .copyIn(
                            "COPY raw.local_music_embeddings (filepath, embedder, success, duration_seconds, embedding,"
                                    + " conditioned_embedding) FROM STDIN",
                            new StringReader(embeddings.toString()));
            StringBuilder factors = new StringBuilder();
            library.factors()
                    .forEach((artist, values) -> factors.append(artist)
                            .append('\t')
                            .append(vectorText(values))
                            .append('\n'));
            copier.getCopyAPI()
                    .copyIn(
                            "COPY raw.listenbrainz_artist_factors (artist_mbid, factors) FROM STDIN",
                            new StringReader(factors.toString()));
            copier.getCopyAPI()
                    .copyIn(
                            "COPY raw.listenbrainz_listens (listen_md5, username, json_data, listen_at_ts_utc) FROM STDIN",
                            new StringReader(listenRows()));
            StringBuilder feedback = new StringBuilder();
            for (Love love : loves) {
                feedback.append(md5("love " + username + " " + love.recording()))
                        .append('\t')
                        .append(username)
                        .append("\t1\t")
                        .append(love.recording())
                        .append('\t')
                        .append(love.at())
                        .append('\n');
            }
            copier.getCopyAPI()
                    .copyIn(
                            "COPY raw.listenbrainz_user_feedback (feedback_md5, username, score, recording_mbid,"
                                    + " feedback_at) FROM STDIN",
                            new StringReader(feedback.toString()));
            try (var analyze = connection.createStatement()) {
                analyze.execute("ANALYZE raw.local_music_files, raw.local_music_embeddings, raw.listenbrainz_listens");
            }
        }
    }

    private String listenRows() {
        StringBuilder rows = new StringBuilder();
        int n = 0;
        for (Listen listen : listens) {
            GeneratedTrack track = listen.track();
            long epoch = listen.at().getEpochSecond();
            rows.append(md5(username + " " + n++ + " " + epoch))
                    .append('\t')
                    .append(username)
                    .append('\t')
                    .append("{\"listened_at\": ")
                    .append(epoch)
                    .append(", \"inserted_at\": ")
                    .append(epoch)
                    .append(", \"recording_msid\": \"")
                    .append(UUID.nameUUIDFromBytes(("msid " + track.recording()).getBytes(StandardCharsets.UTF_8)))
                    .append("\", \"track_metadata\": {\"track_name\": \"")
                    .append(title(track))
                    .append("\", \"artist_name\": \"")
                    .append(artist(track))
                    .append("\", \"release_name\": \"")
                    .append(album(track))
                    .append("\", \"additional_info\": {\"duration_ms\": ")
                    .append((long) (track.lengthSeconds() * 1000))
                    .append("}, \"mbid_mapping\": {\"recording_mbid\": \"")
                    .append(track.recording())
                    .append("\", \"release_mbid\": \"")
                    .append(track.release())
                    .append("\", \"artist_mbids\": [\"")
                    .append(track.artist())
                    .append("\"]}}}\t")
                    .append(listen.at())
                    .append('\n');
        }
        return rows.toString();
    }

    // The library generator gives an album one MBID; a release group is another entity with its own.
    private static UUID releaseGroup(GeneratedTrack track) {
        return UUID.nameUUIDFromBytes(("release group " + track.release()).getBytes(StandardCharsets.UTF_8));
    }

    private static String title(GeneratedTrack track) {
        return "Track " + track.path().hashCode();
    }

    private static String album(GeneratedTrack track) {
        return "Album " + track.release().toString().substring(0, 8);
    }

    private static String artist(GeneratedTrack track) {
        return "Artist " + track.artistNumber();
    }

    private static int zipf(double[] cumulative, double total, Random random) {
        double pick = random.nextDouble() * total;
        for (int i = 0; i < cumulative.length; i++) {
            if (pick < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    private static String md5(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String vectorText(float[] vector) {
        StringBuilder text = new StringBuilder("[");
        for (int k = 0; k < vector.length; k++) {
            if (k > 0) {
                text.append(',');
            }
            text.append(vector[k]);
        }
        return text.append(']').toString();
    }
}
