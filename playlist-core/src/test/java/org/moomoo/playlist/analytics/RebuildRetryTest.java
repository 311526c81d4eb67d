package org.moomoo.playlist.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.BadSqlGrammarException;

class RebuildRetryTest {

    private final List<Duration> pauses = new ArrayList<>();
    private final RebuildRetry retry = new RebuildRetry(pauses::add);

    private static BadSqlGrammarException undefinedTable() {
        return new BadSqlGrammarException(
                "read",
                "SELECT 1 FROM analytics.local_files",
                new SQLException("relation \"analytics.local_files\" does not exist", "42P01"));
    }

    @Test
    void aReadThatSucceedsIsNotRepeated() {
        AtomicInteger calls = new AtomicInteger();

        assertThat(retry.read(calls::incrementAndGet)).isEqualTo(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void aMissingTableIsReadAgainFiveSecondsLater() {
        AtomicInteger calls = new AtomicInteger();

        int result = retry.read(() -> {
            if (calls.incrementAndGet() < 3) {
                throw undefinedTable();
            }
            return calls.get();
        });

        assertThat(result).isEqualTo(3);
        assertThat(pauses).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void theThirdFailureIsRethrown() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> retry.read(() -> {
                    calls.incrementAndGet();
                    throw undefinedTable();
                }))
                .isInstanceOf(BadSqlGrammarException.class);
        assertThat(calls).hasValue(3);
    }

    @Test
    void otherFailuresAreNotRetried() {
        assertThatThrownBy(() -> retry.read(() -> {
                    throw new IllegalStateException("connection refused");
                }))
                .hasMessage("connection refused");
        assertThat(pauses).isEmpty();
    }
}
