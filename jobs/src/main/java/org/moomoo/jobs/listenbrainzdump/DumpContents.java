package org.moomoo.jobs.listenbrainzdump;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one ListenBrainz incremental dump archive holds, summarised.
 *
 * @param start        its {@code START_TIMESTAMP}
 * @param end          its {@code END_TIMESTAMP}
 * @param listensFiles the names of the {@code .listens} files read
 * @param listens      the listens (lines) read
 * @param counts       the listen counts per (user, artist)
 */
public record DumpContents(Instant start, Instant end, List<String> listensFiles, long listens, ListenCounts counts) {

    public DumpContents {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        listensFiles = List.copyOf(listensFiles);
        Objects.requireNonNull(counts);
    }
}
