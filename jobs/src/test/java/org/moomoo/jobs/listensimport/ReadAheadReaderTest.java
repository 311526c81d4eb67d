package org.moomoo.jobs.listensimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moomoo.jobs.listensimport.ImportItem.Listen;
import org.moomoo.jobs.listensimport.ImportItem.Malformed;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import tools.jackson.databind.json.JsonMapper;

class ReadAheadReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    private Path export(int listens) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < listens; i++) {
            lines.append(
                            i == 3
                                    ? "{not json"
                                    : "{\"listened_at\": " + (1_600_000_000L + i)
                                            + ", \"recording_msid\": \"00000000-0000-4000-8000-000000000001\"}")
                    .append('\n');
        }
        return Files.writeString(temp.resolve("listens.jsonl"), lines);
    }

    private static ReadAheadReader reader(Path file) {
        ExportFile export = ExportFile.open(file);
        ExportPlan plan = ExportPlan.of(export, "listenbrainz");
        return new ReadAheadReader(
                new ExportReader(export, plan, JSON), new ListenConverter(plan.format(), "alice", JSON), 1000);
    }

    private static List<ImportItem> readAll(ReadAheadReader reader) {
        List<ImportItem> items = new ArrayList<>();
        for (ImportItem item = reader.read(); item != null; item = reader.read()) {
            items.add(item);
        }
        return items;
    }

    @Test
    void itHandsOverEveryRecordInTheFilesOrderConverted() throws Exception {
        ReadAheadReader reader = reader(export(2500));
        reader.open(new ExecutionContext());

        List<ImportItem> items = readAll(reader);
        reader.close();

        assertThat(items).hasSize(2500);
        assertThat(items.get(3)).isInstanceOf(Malformed.class);
        assertThat(((Listen) items.get(2499)).listenedAt()).isEqualTo(1_600_002_499L);
        assertThat(items.stream().filter(Listen.class::isInstance).map(i -> ((Listen) i).listenedAt()))
                .isSorted();
    }

    @Test
    void theSavedPositionCountsWhatTheStepTookNotWhatWasReadAhead() throws Exception {
        Path file = export(2500);
        ReadAheadReader reader = reader(file);
        ExecutionContext context = new ExecutionContext();
        reader.open(context);
        for (int i = 0; i < 7; i++) {
            reader.read();
        }

        reader.update(context);
        reader.close();

        assertThat(context.getLong(ExportReader.POSITION_KEY)).isEqualTo(7);
        ReadAheadReader restarted = reader(file);
        restarted.open(context);
        List<ImportItem> rest = readAll(restarted);
        restarted.close();
        assertThat(rest).hasSize(2493);
        assertThat(((Listen) rest.get(0)).listenedAt()).isEqualTo(1_600_000_007L);
    }
}
