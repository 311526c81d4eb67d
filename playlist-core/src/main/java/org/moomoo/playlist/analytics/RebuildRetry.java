package org.moomoo.playlist.analytics;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.BadSqlGrammarException;

/**
 * Retries a read of the analytic tables that fails because a table is missing or changed shape
 * (spec/playlists-http-client.md 9): while the models are rebuilt a table can briefly disappear.
 * Three attempts, five seconds apart; the last failure is rethrown. The sleep is injected so that
 * tests do not wait.
 */
public final class RebuildRetry {

    /** Waits between attempts. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    static final int ATTEMPTS = 3;
    static final Duration PAUSE = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(RebuildRetry.class);

    private final Sleeper sleeper;

    public RebuildRetry(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    /** Retries with real five-second pauses. */
    public static RebuildRetry sleeping() {
        return new RebuildRetry(duration -> Thread.sleep(duration.toMillis()));
    }

    /** The result of {@code read}, retried while it fails with a missing table or column. */
    public <T> T read(Supplier<T> read) {
        for (int attempt = 1; ; attempt++) {
            try {
                return read.get();
            } catch (BadSqlGrammarException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                log.info(
                        "an analytic table is not readable ({}), perhaps being rebuilt; retrying in {}s",
                        e.getSQLException().getMessage().lines().findFirst().orElse(""),
                        PAUSE.toSeconds());
                try {
                    sleeper.sleep(PAUSE);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
