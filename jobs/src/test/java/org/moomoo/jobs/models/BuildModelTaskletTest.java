package org.moomoo.jobs.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moomoo.models.Materialization;
import org.moomoo.models.ModelResult;

/** The line the build-models job logs for each model. */
class BuildModelTaskletTest {

    @Test
    void theSummaryLineEndsWithTheRowsOfEachCountByValue() {
        // given: what the runner reports for a table with count_by='rule' (ModelRunnerTest in sql-models)
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("listen_name", 1L);
        counts.put("null", 1L);
        counts.put("tag", 2L);
        ModelResult result =
                new ModelResult("rules", Materialization.TABLE, 4, Duration.ofMillis(12), 0, "rule", counts, List.of());

        // when
        String line = BuildModelTasklet.line(result);

        // then
        assertThat(line).endsWith("rows by rule: listen_name 1, null 1, tag 2");
    }
}
