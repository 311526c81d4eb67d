package org.moomoo.client.api;

import java.time.Duration;
import org.moomoo.client.Sleeper;

/**
 * When to ask again: a 503 (the server's database is restarting) or a 429 (too many requests) is
 * retried up to {@code attempts} times in all, after the server's Retry-After seconds when it
 * sends them, else after a doubling back-off; no wait is longer than {@code longestWait}.
 */
public record RetryPolicy(int attempts, Duration firstWait, Duration longestWait, Sleeper sleeper) {

    /** Four attempts over about 7 s, at most 30 s per wait when the server asks for longer. */
    public static RetryPolicy standard(Sleeper sleeper) {
        return new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30), sleeper);
    }

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    /** Whether an answer with this status is worth another attempt. */
    static boolean retryable(int status) {
        return status == 503 || status == 429;
    }

    /** The wait before attempt {@code attempt + 1}, given the answer's Retry-After header (or null). */
    Duration waitAfter(int attempt, String retryAfter) {
        Duration wait = firstWait.multipliedBy(1L << Math.min(attempt - 1, 20));
        if (retryAfter != null && retryAfter.trim().matches("\\d{1,6}")) {
            wait = Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
        }
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }
}
