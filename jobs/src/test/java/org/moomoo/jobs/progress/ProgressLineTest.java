package org.moomoo.jobs.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void progressShowsDoneTotalPercentRateAndEta() {
        String line = ProgressLine.progress("listens", 12_400, 50_000, Duration.ofSeconds(40));

        assertThat(line).isEqualTo("listens  12,400/50,000  24.8%  310/s  ETA 2m01s");
    }

    @Test
    void unknownTotalShowsCountAndRateOnly() {
        String line = ProgressLine.progress("scan", 50, -1, Duration.ofSeconds(10));

        assertThat(line).isEqualTo("scan  50  5.0/s");
    }

    @Test
    void summaryListsEveryCounterAndTheTime() {
        String line = ProgressLine.summary("listens", "COMPLETED", 50_000, 49_998, 2, 0, Duration.ofSeconds(161));

        assertThat(line).isEqualTo("listens COMPLETED  read 50,000  written 49,998  skipped 2  failed 0  in 2m41s");
    }

    @Test
    void durationsReadNaturallyAtEveryScale() {
        assertThat(ProgressLine.duration(Duration.ofMillis(850))).isEqualTo("850ms");
        assertThat(ProgressLine.duration(Duration.ofMillis(12_300))).isEqualTo("12.3s");
        assertThat(ProgressLine.duration(Duration.ofMinutes(62))).isEqualTo("1h02m");
    }
}
