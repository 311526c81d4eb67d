package org.moomoo.api;

import com.pgvector.PGvector;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.moomoo.database.DatabaseUri;
import org.moomoo.playlist.collection.CollectionStore;
import org.moomoo.playlist.collection.PlaylistCollection;
import org.moomoo.playlist.collection.RefreshSchedule;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.testsupport.TestDatabases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows the API reads, written straight into a test database: files of the published
 * {@code analytics.local_files} (with 50-dimensional vectors), MBIDs, listens and stored
 * collections, and the record of a publish that makes the server reload its library.
 */
public final class Library {

    static final int DIMENSION = 50;

    private final JdbcClient jdbc;
    private final CollectionStore collections;
    private final Random random = new Random(42);

    public Library(DatabaseUri database) {
        DataSource dataSource = TestDatabases.dataSource(database);
        this.jdbc = JdbcClient.create(dataSource);
        this.collections = new CollectionStore(jdbc, transactions(dataSource), Clock.systemUTC());
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** The stored collections, as the jobs that replace them see them. */
    public CollectionStore collections() {
        return collections;
    }

    /** An embedded file by {@code artist}, 200 s long, with a random vector near {@code centre} (far enough from the others not to be a near duplicate). */
    public Library file(String path, UUID artist, float[] centre) {
        float[] vector = new float[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            vector[i] = centre[i] + (float) (random.nextGaussian() * 0.3);
        }
        jdbc.sql("""
                INSERT INTO analytics.local_files (filepath, recording_mbid, artist_mbid, artist_key, album_artist_key,
                  track_length_seconds, embedding, embedding_success, embedding_duration_seconds)
                VALUES (:path, :recording, :artist, :key, :key, 200.4, :vector, true, 120)
                """)
                .param("path", path)
                .param("recording", recording(path))
                .param("artist", artist)
                .param("key", artist.toString())
                .param("vector", new PGvector(vector))
                .update();
        return this;
    }

    /**
     * A file with its title, artist and album tags, embedded near {@code centre} unless it is null,
     * its artist identity the artist's name.
     */
    public Library tagged(String path, String title, String artist, String album, float[] centre) {
        PGvector vector = null;
        if (centre != null) {
            float[] values = new float[DIMENSION];
            for (int i = 0; i < DIMENSION; i++) {
                values[i] = centre[i] + (float) (random.nextGaussian() * 0.3);
            }
            vector = new PGvector(values);
        }
        jdbc.sql("""
                INSERT INTO analytics.local_files (filepath, track_name, artist_name, album_name, artist_key,
                  album_artist_key, track_length_seconds, embedding, embedding_success, embedding_duration_seconds)
                VALUES (:path, :title, :artist, :album, :key, :key, 200.4, :vector, :embedded, 120)
                """)
                .param("path", path)
                .param("title", title)
                .param("artist", artist)
                .param("album", album)
                .param("key", artist == null ? null : artist.toLowerCase(Locale.ROOT))
                .param("vector", vector)
                .param("embedded", centre != null)
                .update();
        return this;
    }

    /** Records {@code root} as the folder the last local-files run scanned. */
    public Library root(Path root) {
        jdbc.sql("""
                INSERT INTO raw.local_music_library (id, root_path) VALUES (1, :root)
                ON CONFLICT (id) DO UPDATE SET root_path = excluded.root_path
                """).param("root", root.toString()).update();
        return this;
    }

    /** A file that was never embedded. */
    public Library unembedded(String path) {
        jdbc.sql("INSERT INTO analytics.local_files (filepath, track_length_seconds) VALUES (:path, 180.5)")
                .param("path", path)
                .update();
        return this;
    }

    /** A random point of the vector space, for a group of similar files. */
    public float[] centre() {
        float[] centre = new float[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            centre[i] = (float) random.nextGaussian();
        }
        return centre;
    }

    /** The recording MBID a file gets: derived from its path. */
    public static UUID recording(String path) {
        return UUID.nameUUIDFromBytes(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A recording MBID known to the models, mapped to its file. */
    public Library recordingMbid(String path) {
        UUID mbid = recording(path);
        jdbc.sql("INSERT INTO analytics.mbids (mbid, entity) VALUES (:mbid, 'recording')")
                .param("mbid", mbid)
                .update();
        jdbc.sql("INSERT INTO analytics.map__file_recording (filepath, recording_mbid) VALUES (:path, :mbid)")
                .param("path", path)
                .param("mbid", mbid)
                .update();
        return this;
    }

    /** One listen of {@code username}, which makes the user known. */
    public Library listener(String username) {
        jdbc.sql("""
                INSERT INTO raw.listenbrainz_listens (listen_md5, username, json_data, listen_at_ts_utc)
                VALUES (:md5, :username, '{}'::jsonb, now())
                """)
                .param("md5", UUID.randomUUID().toString())
                .param("username", username)
                .update();
        return this;
    }

    /** A stored collection of {@code username} holding {@code playlists} in order. */
    public Library collection(String username, String name, List<Playlist> playlists) {
        PlaylistCollection collection = collections.create(username, name, RefreshSchedule.ALWAYS);
        collections.replace(collection, playlists, true);
        return this;
    }

    /** Records a model publish, as the model runner does: the server's library reloads on its next check. */
    public Library published() {
        jdbc.sql("INSERT INTO analytics_meta.published_builds (models) VALUES ('{local_files}')")
                .update();
        return this;
    }

    private static TransactionTemplate transactions(DataSource dataSource) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }
}
