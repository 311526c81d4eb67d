package org.moomoo.jobs.listensimport;

import java.io.IOException;
import java.io.Reader;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.moomoo.jobs.listensimport.ImportItem.Listen;
import org.moomoo.jobs.listensimport.ImportItem.Malformed;
import org.moomoo.jobs.listensimport.ImportItem.Rule;
import org.moomoo.jobs.listensimport.ImportItem.Skipped;
import org.postgresql.PGConnection;
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
 * counts every item: the listens are streamed with {@code COPY} into a temporary staging table,
 * then moved with one {@code INSERT ... SELECT ... ON CONFLICT DO NOTHING}, which is several times
 * faster than binding them as arrays. A listen already stored under the
 * same key (a second import, or the {@code listens} job's copy of it) is left as it is: the API's
 * copy may carry a newer MBID mapping than an export.
 */
final class ListensTableWriter implements ItemStreamWriter<ImportItem> {

    private static final Logger log = LoggerFactory.getLogger(ListensTableWriter.class);

    // One staging table per connection, emptied by each commit; a rolled-back chunk takes its rows with it.
    private static final String STAGING = """
            CREATE TEMPORARY TABLE IF NOT EXISTS listens_import_staging
              (listen_md5 varchar, username varchar, json_data text, listened_at bigint) ON COMMIT DELETE ROWS
            """;

    private static final String COPY =
            "COPY listens_import_staging (listen_md5, username, json_data, listened_at) FROM STDIN";

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
                statement.execute(STAGING);
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try {
                copy.copyIn(COPY, new StagedRows(listens));
            } catch (IOException e) {
                throw new SQLException("could not stream the chunk's listens to PostgreSQL", e);
            }
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate(INSERT);
            }
        });
        return inserted == null ? 0 : inserted;
    }

    /**
     * The chunk's listens as the rows of {@code COPY ... FROM STDIN} in text format, written as
     * they are read rather than built up front: key, user, listen JSON and epoch seconds, with the
     * format's escapes for backslash, tab, line feed and carriage return.
     */
    private static final class StagedRows extends Reader {

        private final List<Listen> listens;
        private final StringBuilder row = new StringBuilder(1024);
        private int next;
        private int offset;

        StagedRows(List<Listen> listens) {
            this.listens = listens;
        }

        @Override
        public int read(char[] buffer, int from, int length) {
            if (offset == row.length()) {
                if (next == listens.size()) {
                    return -1;
                }
                fill(listens.get(next++));
            }
            int n = Math.min(length, row.length() - offset);
            row.getChars(offset, offset + n, buffer, from);
            offset += n;
            return n;
        }

        private void fill(Listen listen) {
            row.setLength(0);
            offset = 0;
            escaped(listen.listenMd5());
            row.append('\t');
            escaped(listen.username());
            row.append('\t');
            escaped(listen.json());
            row.append('\t').append(listen.listenedAt()).append('\n');
        }

        private void escaped(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> row.append("\\\\");
                    case '\t' -> row.append("\\t");
                    case '\n' -> row.append("\\n");
                    case '\r' -> row.append("\\r");
                    default -> row.append(c);
                }
            }
        }

        @Override
        public void close() {
            // Nothing to release: the rows are the chunk's, in memory.
        }
    }
}
