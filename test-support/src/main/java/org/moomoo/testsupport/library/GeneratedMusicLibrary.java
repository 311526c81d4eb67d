package org.moomoo.testsupport.library;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * A generated library of embedded tracks for the similarity engine's benchmarks and tests: genres
 * of artists of albums of tracks, each level a Gaussian step from the one above in 50 dimensions
 * whose scales fall off like PCA components, so that folders cluster as real music does; and 32
 * collaborative-filtering factors per artist, close within a genre, missing for one artist in ten.
 * Paths are {@code Genre 07/Artist 0421/Album 2/07.flac}. Everything, vectors and ids alike,
 * follows from the seed. Held in memory ({@link #tracks()}, {@link #factors()}) and written into
 * the analytic tables the engine reads ({@link #write}).
 */
public final class GeneratedMusicLibrary {

    public static final int DIMENSION = 50;
    public static final int FACTORS = 32;
    public static final int GENRES = 50;
    public static final int ALBUMS_PER_ARTIST = 2;

    /**
     * One generated file.
     *
     * @param release the release and release group MBID, one per album folder
     * @param lengthSeconds the tag length; the embedding covers at most its first 120 s
     * @param vector the conditioned embedding
     */
    public record GeneratedTrack(
            String path,
            UUID recording,
            UUID release,
            UUID artist,
            int track,
            int artistNumber,
            float lengthSeconds,
            float[] vector) {}

    private final Random random;
    private final List<GeneratedTrack> tracks = new ArrayList<>();
    private final List<String> paths = new ArrayList<>();
    private final List<String> albumFolders = new ArrayList<>();
    private final List<String> genreFolders = new ArrayList<>();
    private final Map<UUID, float[]> factors = new LinkedHashMap<>();

    public GeneratedMusicLibrary(int tracks, int artists, long seed) {
        if (artists < GENRES || tracks < artists * ALBUMS_PER_ARTIST) {
            throw new IllegalArgumentException("need at least " + GENRES + " artists and two tracks per artist");
        }
        this.random = new Random(seed);
        generateTracks(tracks, artists);
        generateFactors(artists);
    }

    /** Every file in generation order (artist by artist, album by album). */
    public List<GeneratedTrack> tracks() {
        return Collections.unmodifiableList(tracks);
    }

    public List<String> paths() {
        return Collections.unmodifiableList(paths);
    }

    public List<String> albumFolders() {
        return Collections.unmodifiableList(albumFolders);
    }

    public List<String> genreFolders() {
        return Collections.unmodifiableList(genreFolders);
    }

    /** The collaborative-filtering factors by artist MBID; nine artists in ten have them. */
    public Map<UUID, float[]> factors() {
        return Collections.unmodifiableMap(factors);
    }

    public static UUID artistMbid(int artist) {
        return UUID.nameUUIDFromBytes(("artist " + artist).getBytes(StandardCharsets.UTF_8));
    }

    /** Creates schema analytics with local_files and artist_factors and fills them (COPY). */
    public void write(DataSource dataSource) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection();
                Statement ddl = connection.createStatement()) {
            ddl.execute("DROP SCHEMA IF EXISTS analytics CASCADE");
            ddl.execute("CREATE SCHEMA analytics");
            ddl.execute("""
                    CREATE TABLE analytics.local_files (
                      filepath VARCHAR NOT NULL, recording_mbid UUID, release_mbid UUID, release_group_mbid UUID,
                      artist_mbid UUID, album_artist_mbid UUID, track_name VARCHAR, artist_name VARCHAR,
                      album_artist_name VARCHAR, artist_key TEXT, album_artist_key TEXT, track_length_seconds REAL,
                      embedding public.vector(50),
                      embedding_success BOOLEAN, embedding_duration_seconds DOUBLE PRECISION)
                    """);
            ddl.execute("""
                    CREATE TABLE analytics.artist_factors (
                      artist_mbid UUID NOT NULL, factors public.vector NOT NULL, insert_ts_utc TIMESTAMPTZ DEFAULT now())
                    """);
            PGConnection copier = connection.unwrap(PGConnection.class);
            copier.getCopyAPI()
                    .copyIn(
                            "COPY analytics.local_files (filepath, recording_mbid, release_mbid, "
                                    + "release_group_mbid, artist_mbid, track_name, artist_name, track_length_seconds, embedding, "
                                    + "embedding_success, embedding_duration_seconds) FROM STDIN",
                            new StringReader(localFilesRows()));
            copier.getCopyAPI()
                    .copyIn(
                            "COPY analytics.artist_factors (artist_mbid, factors) FROM STDIN",
                            new StringReader(factorRows()));
            // Every generated file has its artist's MBID, which is then its identity (DESIGN 9.19).
            ddl.execute("UPDATE analytics.local_files SET artist_key = artist_mbid::text,"
                    + " album_artist_key = coalesce(album_artist_mbid, artist_mbid)::text");
            ddl.execute("ANALYZE analytics.local_files");
            ddl.execute("ANALYZE analytics.artist_factors");
        }
    }

    private void generateTracks(int trackCount, int artists) {
        double[] scales = new double[DIMENSION];
        for (int k = 0; k < DIMENSION; k++) {
            scales[k] = 3 * Math.pow(0.93, k);
        }
        double[][] genreCentres = new double[GENRES][];
        for (int g = 0; g < GENRES; g++) {
            genreCentres[g] = step(new double[DIMENSION], scales, 1.0);
            genreFolders.add(String.format(Locale.ROOT, "Genre %02d", g));
        }
        int tracksPerAlbum = trackCount / (artists * ALBUMS_PER_ARTIST);
        int extra = trackCount - tracksPerAlbum * artists * ALBUMS_PER_ARTIST;
        for (int a = 0; a < artists; a++) {
            int genre = a % GENRES;
            double[] artistCentre = step(genreCentres[genre], scales, 0.6);
            for (int album = 1; album <= ALBUMS_PER_ARTIST; album++) {
                String folder = String.format(Locale.ROOT, "Genre %02d/Artist %04d/Album %d", genre, a, album);
                albumFolders.add(folder);
                UUID release = UUID.nameUUIDFromBytes(folder.getBytes(StandardCharsets.UTF_8));
                double[] albumCentre = step(artistCentre, scales, 0.3);
                int count = tracksPerAlbum + (extra-- > 0 ? 1 : 0);
                for (int t = 1; t <= count; t++) {
                    String path = String.format(Locale.ROOT, "%s/%02d.flac", folder, t);
                    paths.add(path);
                    float[] vector = toFloats(step(albumCentre, scales, 0.5));
                    float length = 60 + random.nextFloat() * 360;
                    tracks.add(new GeneratedTrack(
                            path,
                            UUID.nameUUIDFromBytes(path.getBytes(StandardCharsets.UTF_8)),
                            release,
                            artistMbid(a),
                            t,
                            a,
                            length,
                            vector));
                }
            }
        }
    }

    private void generateFactors(int artists) {
        double[] ones = new double[FACTORS];
        Arrays.fill(ones, 1.0);
        double[][] genreFactors = new double[GENRES][];
        for (int g = 0; g < GENRES; g++) {
            genreFactors[g] = step(new double[FACTORS], ones, 1.0);
        }
        for (int a = 0; a < artists; a++) {
            double[] artistFactors = step(genreFactors[a % GENRES], ones, 0.8);
            if (a % 10 != 9) {
                factors.put(artistMbid(a), toFloats(artistFactors));
            }
        }
    }

    private String localFilesRows() {
        StringBuilder rows = new StringBuilder();
        for (GeneratedTrack track : tracks) {
            rows.append(track.path())
                    .append('\t')
                    .append(track.recording())
                    .append('\t')
                    .append(track.release())
                    .append('\t')
                    .append(track.release())
                    .append('\t')
                    .append(track.artist())
                    .append('\t')
                    .append("Track ")
                    .append(track.track())
                    .append('\t')
                    .append("Artist ")
                    .append(track.artistNumber())
                    .append('\t')
                    .append(track.lengthSeconds())
                    .append('\t')
                    .append(vectorText(track.vector()))
                    .append('\t')
                    .append("true\t")
                    .append(Math.min(track.lengthSeconds(), 120))
                    .append('\n');
        }
        return rows.toString();
    }

    private String factorRows() {
        StringBuilder rows = new StringBuilder();
        factors.forEach((artist, values) ->
                rows.append(artist).append('\t').append(vectorText(values)).append('\n'));
        return rows.toString();
    }

    private double[] step(double[] from, double[] scales, double spread) {
        double[] to = new double[from.length];
        for (int k = 0; k < from.length; k++) {
            to[k] = from[k] + random.nextGaussian() * scales[k] * spread;
        }
        return to;
    }

    private static float[] toFloats(double[] values) {
        float[] floats = new float[values.length];
        for (int k = 0; k < values.length; k++) {
            floats[k] = (float) values[k];
        }
        return floats;
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
