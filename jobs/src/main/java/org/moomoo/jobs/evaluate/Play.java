package org.moomoo.jobs.evaluate;

import java.time.Instant;
import java.util.Objects;

/**
 * One held-out listen that reached a library file.
 *
 * @param at       when it was played
 * @param filepath the file it is attributed to (the first by path when its recording has several)
 */
record Play(Instant at, String filepath) {

    Play {
        Objects.requireNonNull(at);
        Objects.requireNonNull(filepath);
    }
}
