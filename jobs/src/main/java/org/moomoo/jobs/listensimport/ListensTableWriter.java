package org.moomoo.jobs.listensimport;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.moomoo.jobs.listensimport.ImportItem.Listen;
import org.moomoo.jobs.listensimport.ImportItem.Malformed;
import org.moomoo.jobs.listensimport.ImportItem.Rule;
import org.moomoo.jobs.listensimport.ImportItem.Skipped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts a chunk's listens into {@code raw.listenbrainz_listens} with one statement (arrays
 * unnested), in the chunk's transaction, and counts every item. A listen already stored under the
 * same key (a second import, or the {@code listens} job's copy of it) is left as it is: the API's
 * copy may carry a newer MBID mapping than an export.
 */
final class ListensTableWriter implements ItemStreamWriter<ImportItem> {

    private static final Logger log = LoggerFactory.getLogger(ListensTableWriter.class);

    private static final String INSERT = """
            INSERT INTO raw.listenbrainz_listens (listen_md5, username, json_data, listen_at_ts_utc)
            SELECT k, u, j::jsonb, to_timestamp(t)
            FROM unnest(?::varchar[], ?::varchar[], ?::text[], ?::bigint[]) AS r(k, u, j, t)
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
        int n = listens.size();
        String[] keys = new String[n];
        String[] users = new String[n];
        String[] json = new String[n];
        Long[] times = new Long[n];
        for (int i = 0; i < n; i++) {
            Listen listen = listens.get(i);
            keys[i] = listen.listenMd5();
            users[i] = listen.username();
            json[i] = listen.json();
            times[i] = listen.listenedAt();
        }
        Integer inserted = jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                Array[] arrays = {
                    connection.createArrayOf("varchar", keys),
                    connection.createArrayOf("varchar", users),
                    connection.createArrayOf("text", json),
                    connection.createArrayOf("bigint", times)
                };
                for (int i = 0; i < arrays.length; i++) {
                    statement.setArray(i + 1, arrays[i]);
                }
                return statement.executeUpdate();
            }
        });
        return inserted == null ? 0 : inserted;
    }
}
