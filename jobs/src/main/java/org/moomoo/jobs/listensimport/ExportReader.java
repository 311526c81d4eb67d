package org.moomoo.jobs.listensimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an export's records part after part and saves how many it has handed out at each commit, so
 * that a restarted run skips what earlier chunks committed and reads on from there.
 */
final class ExportReader implements ItemStreamReader<SourceRecord> {

    static final String POSITION_KEY = "listens-import.position";

    private final ExportFile export;
    private final ExportPlan plan;
    private final JsonMapper json;
    private int partIndex = -1;
    private PartRecords records;
    private long position;

    ExportReader(ExportFile export, ExportPlan plan, JsonMapper json) {
        this.export = export;
        this.plan = plan;
        this.json = json;
    }

    @Override
    public void open(ExecutionContext context) {
        long committed = context.getLong(POSITION_KEY, 0L);
        while (position < committed && read() != null) {
            // Skipped: an earlier run committed these records.
        }
    }

    @Override
    public SourceRecord read() {
        while (true) {
            if (records == null) {
                if (++partIndex >= plan.parts().size()) {
                    return null;
                }
                records = PartRecords.open(export, plan.parts().get(partIndex), plan.format(), json);
            }
            SourceRecord next = records.next();
            if (next != null) {
                position++;
                return next;
            }
            closeRecords();
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(POSITION_KEY, position);
    }

    @Override
    public void close() {
        closeRecords();
        export.close();
    }

    private void closeRecords() {
        if (records != null) {
            try {
                records.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            records = null;
        }
    }

    List<String> parts() {
        return plan.parts();
    }
}
