package org.moomoo.jobs.listensimport;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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

    private static final int COPY_BLOCK = 1 << 16;

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
                // The chunk's rows and the step's saved position commit together, so a commit lost
                // in a crash loses both and the restart reads those records again: waiting for
                // each commit to reach the disk buys nothing here.
                statement.execute("SET LOCAL synchronous_commit TO OFF");
                statement.execute(STAGING);
            }
            copy(connection.unwrap(PGConnection.class).getCopyAPI(), listens);
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate(INSERT);
            }
        });
        return inserted == null ? 0 : inserted;
    }

    /**
     * Streams the listens as rows of {@code COPY ... FROM STDIN} in text format (key, user, listen
     * JSON, epoch seconds, tab-separated), in blocks of about {@value #COPY_BLOCK} characters,
     * with the format's escapes for backslash, tab, line feed and carriage return.
     */
    private static void copy(CopyManager copyManager, List<Listen> listens) throws SQLException {
        CopyIn copy = copyManager.copyIn(COPY);
        try {
            StringBuilder block = new StringBuilder(COPY_BLOCK + 4096);
            for (Listen listen : listens) {
                escaped(block, listen.listenMd5());
                block.append('\t');
                escaped(block, listen.username());
                block.append('\t');
                escaped(block, listen.json());
                block.append('\t').append(listen.listenedAt()).append('\n');
                if (block.length() >= COPY_BLOCK) {
                    write(copy, block);
                }
            }
            write(copy, block);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void write(CopyIn copy, StringBuilder block) throws SQLException {
        byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        block.setLength(0);
    }

    // Appends the runs between special characters whole: most listens have none, or a few escapes.
    private static void escaped(StringBuilder out, String text) {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                out.append(text, from, i)
                        .append('\\')
                        .append(c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\');
                from = i + 1;
            }
        }
        out.append(text, from, text.length());
    }
}
