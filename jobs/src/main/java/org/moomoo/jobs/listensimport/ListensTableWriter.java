package org.moomoo.jobs.listensimport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.moomoo.jobs.copy.CopyText;
import org.moomoo.jobs.listensimport.ImportItem.Listen;
import org.moomoo.jobs.listensimport.ImportItem.Malformed;
import org.moomoo.jobs.listensimport.ImportItem.Rule;
import org.moomoo.jobs.listensimport.ImportItem.Skipped;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts a chunk's listens into {@code raw.listenbrainz_listens} in the chunk's transaction, and
 * counts every item. When none of the chunk's listens can be stored already (its keys are distinct
 * and its user has no listen stored between its first and last listen time: a listen's key holds
 * its user and time), the chunk is streamed with {@code COPY} straight into the table. Otherwise it
 * is copied into a temporary staging table and moved with one {@code INSERT ... SELECT ... ON
 * CONFLICT DO NOTHING}. A listen already stored under the same key (a second import, or the
 * {@code listens} job's copy of it) is left as it is: the API's copy may carry a newer MBID mapping
 * than an export.
 */
final class ListensTableWriter implements ItemStreamWriter<ImportItem> {

    private static final Logger log = LoggerFactory.getLogger(ListensTableWriter.class);

    // One staging table per connection, emptied by each commit; a rolled-back chunk takes its rows with
    // it. Only chunks that may hold stored listens pass through it.
    private static final String STAGING = """
            CREATE TEMPORARY TABLE IF NOT EXISTS listens_import_staging
              (listen_md5 varchar, username varchar, json_data text, listened_at bigint) ON COMMIT DELETE ROWS
            """;

    private static final String COPY =
            "COPY listens_import_staging (listen_md5, username, json_data, listened_at) FROM STDIN";

    private static final String COPY_DIRECT =
            "COPY raw.listenbrainz_listens (listen_md5, username, json_data, listen_at_ts_utc) FROM STDIN";

    // Served by the index on (username, listen_at_ts_utc) that migration V14 creates.
    private static final String STORED_WITHIN = """
            SELECT EXISTS (SELECT 1 FROM raw.listenbrainz_listens
                           WHERE username = ? AND listen_at_ts_utc BETWEEN to_timestamp(?) AND to_timestamp(?))
            """;

    /** PostgreSQL's SQLSTATE of a unique violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    // Keys already stored are left out before their JSON is parsed; ON CONFLICT still settles
    // duplicates within the chunk and a concurrent writer of the same listen.
    private static final String INSERT = """
            INSERT INTO raw.listenbrainz_listens (listen_md5, username, json_data, listen_at_ts_utc)
            SELECT s.listen_md5, s.username, s.json_data::jsonb, to_timestamp(s.listened_at)
            FROM listens_import_staging AS s
            WHERE NOT EXISTS (SELECT 1 FROM raw.listenbrainz_listens AS l WHERE l.listen_md5 = s.listen_md5)
            ON CONFLICT (listen_md5) DO NOTHING
            """;

    private final JdbcTemplate jdbc;
    private final ImportTally tally;

    ListensTableWriter(JdbcTemplate jdbc, ImportTally tally) {
        this.jdbc = jdbc;
        this.tally = tally;
    }

    @Override
    public void open(ExecutionContext context) {
        tally.restore(context);
    }

    @Override
    public void update(ExecutionContext context) {
        tally.save(context);
    }

    @Override
    public void write(Chunk<? extends ImportItem> chunk) {
        List<Listen> listens = new ArrayList<>(chunk.size());
        long shortPlays = 0;
        long podcasts = 0;
        List<Malformed> malformed = new ArrayList<>();
        for (ImportItem item : chunk) {
            if (item instanceof Listen listen) {
                listens.add(listen);
            } else if (item instanceof Skipped skipped) {
                if (skipped.rule() == Rule.SHORT_PLAY) {
                    shortPlays++;
                } else {
                    podcasts++;
                }
            } else {
                malformed.add((Malformed) item);
            }
        }
        int inserted = listens.isEmpty() ? 0 : insert(listens);
        // Counted only once the rows are written: a failed chunk leaves the tally as committed.
        tally.chunk(chunk.size(), inserted, listens.size() - inserted, shortPlays, podcasts);
        for (Malformed m : malformed) {
            log.warn("listens-import: malformed {}: {}", m.where(), m.reason());
            tally.malformed(m.where());
        }
    }

    private int insert(List<Listen> listens) {
        Integer inserted = jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (Statement statement = connection.createStatement()) {
                // The chunk's rows and the step's saved position commit together, so a commit lost
                // in a crash loses both and the restart reads those records again: waiting for
                // each commit to reach the disk buys nothing here.
                statement.execute("SET LOCAL synchronous_commit TO OFF");
            }
            CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
            if (cannotBeStored(connection, listens)) {
                // A listen stored meanwhile by another writer, or one whose listen_at_ts_utc is not
                // its key's time, makes the COPY fail on the key: the savepoint takes the chunk's
                // partial copy back and the staging path sorts it out.
                Savepoint beforeCopy = connection.setSavepoint();
                try {
                    copy(copyManager, COPY_DIRECT, listens, true);
                    connection.releaseSavepoint(beforeCopy);
                    return listens.size();
                } catch (SQLException e) {
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                    connection.rollback(beforeCopy);
                    log.debug("listens-import: a listen of the chunk is stored already; merging the chunk");
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(STAGING);
            }
            copy(copyManager, COPY, listens, false);
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate(INSERT);
            }
        });
        return inserted == null ? 0 : inserted;
    }

    // True when the chunk's keys are distinct, all its listens are one user's, and that user has no
    // listen stored within the chunk's time range: a stored listen with one of these keys would have
    // the same user and time.
    private static boolean cannotBeStored(Connection connection, List<Listen> listens) throws SQLException {
        String username = listens.get(0).username();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        Set<String> keys = new HashSet<>(listens.size() * 2);
        for (Listen listen : listens) {
            if (!listen.username().equals(username) || !keys.add(listen.listenMd5())) {
                return false;
            }
            first = Math.min(first, listen.listenedAt());
            last = Math.max(last, listen.listenedAt());
        }
        try (PreparedStatement query = connection.prepareStatement(STORED_WITHIN)) {
            query.setString(1, username);
            query.setLong(2, first);
            query.setLong(3, last);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return !result.getBoolean(1);
            }
        }
    }

    /**
     * Streams the listens as rows of {@code COPY ... FROM STDIN} in text format (key, user, listen
     * JSON, and the listen time as epoch seconds, or as an ISO instant when {@code timestamps}),
     * tab-separated, in blocks of about {@value CopyText#BLOCK} characters, with the format's escapes
     * for backslash, tab, line feed and carriage return.
     */
    private static void copy(CopyManager copyManager, String sql, List<Listen> listens, boolean timestamps)
            throws SQLException {
        CopyIn copy = copyManager.copyIn(sql);
        try {
            StringBuilder block = CopyText.block();
            for (Listen listen : listens) {
                CopyText.text(block, listen.listenMd5());
                block.append('\t');
                CopyText.text(block, listen.username());
                block.append('\t');
                CopyText.text(block, listen.json());
                block.append('\t');
                if (timestamps) {
                    block.append(Instant.ofEpochSecond(listen.listenedAt()));
                } else {
                    block.append(listen.listenedAt());
                }
                block.append('\n');
                CopyText.sendIfFull(copy, block);
            }
            CopyText.send(copy, block);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
