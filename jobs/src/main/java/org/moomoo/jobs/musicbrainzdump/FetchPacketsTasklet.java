package org.moomoo.jobs.musicbrainzdump;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The one step of {@code musicbrainz-data-dump} (spec/ingest.md 5.12). The first call asks for the
 * latest packet, drops old dumps when asked, and plans the packets of each entity from the last
 * stored one (168 packets back, a week of hours, on the first run); each later call fetches one
 * packet and stores it in its own transaction. A failed fetch fails the step; the next run goes on
 * from the last stored packet, so nothing is stored twice or lost.
 *
 * <p>Not final: Spring proxies it to scope it to one job execution.
 */
class FetchPacketsTasklet implements Tasklet {

    /** Packets before the latest fetched on a first run: 7 days of hourly packets. */
    static final int FIRST_RUN_BACKLOG = 168;

    private static final Logger log = LoggerFactory.getLogger(FetchPacketsTasklet.class);

    private final MusicBrainzDumpParameters parameters;
    private final MetaBrainzDumpsClient client;
    private final MusicBrainzDumpsTable table;
    private final Clock clock;

    private Deque<Map.Entry<Integer, String>> todo;

    FetchPacketsTasklet(
            MusicBrainzDumpParameters parameters,
            MetaBrainzDumpsClient client,
            MusicBrainzDumpsTable table,
            Clock clock) {
        this.parameters = parameters;
        this.client = client;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (todo == null) {
            todo = plan();
            return todo.isEmpty() ? finish() : RepeatStatus.CONTINUABLE;
        }
        Map.Entry<Integer, String> next = todo.poll();
        if (next == null) {
            return finish();
        }
        fetch(next.getKey(), next.getValue(), contribution);
        return RepeatStatus.CONTINUABLE;
    }

    private Deque<Map.Entry<Integer, String>> plan() {
        log.info("Starting MusicBrainz data dump collection...");
        int latest = client.latestPacket();
        log.info("Latest packet number from API: {}", latest);
        Map<String, Integer> stored = new LinkedHashMap<>();
        for (String entity : parameters.entities()) {
            stored.put(entity, table.latestPacket(entity));
        }
        // The maxima were read first, so that dropping old dumps never makes this run fetch them again.
        parameters.dropAgeDays().ifPresent(this::dropOlderThan);
        Deque<Map.Entry<Integer, String>> packets = new ArrayDeque<>();
        for (String entity : parameters.entities()) {
            Integer last = stored.get(entity);
            int from = parameters.packet().orElse(last == null ? latest - FIRST_RUN_BACKLOG : last + 1);
            int to = parameters.packet().orElse(latest);
            if (from > to) {
                log.info("No new dumps to download for entity {}.", entity);
                continue;
            }
            log.info("Downloading {} dumps for entity {}.", to - from + 1, entity);
            for (int packet = from; packet <= to; packet++) {
                packets.add(Map.entry(packet, entity));
            }
        }
        return packets;
    }

    private void dropOlderThan(int days) {
        Instant before = clock.instant().minus(Duration.ofDays(days));
        for (String slug : table.olderThan(before)) {
            log.info("Dropping old dump {} from db.", slug);
            table.drop(slug);
        }
    }

    private void fetch(int packet, String entity, StepContribution contribution) {
        String slug = packet + "-" + entity;
        log.info("Downloading dump for {}...", slug);
        Optional<PacketDump> dump;
        try {
            dump = client.dump(packet, entity);
        } catch (PacketDumpException e) {
            log.error("ERROR: Failed to download dump for {}", slug);
            throw e;
        }
        if (dump.isEmpty()) {
            log.warn("WARN: No dump found for {}, skipping.", slug);
            contribution.incrementProcessSkipCount();
            return;
        }
        if (dump.get().changed().isEmpty()) {
            log.warn("WARN: No records in dump for {}, skipping.", slug);
        }
        int stale = table.store(dump.get(), clock.instant());
        contribution.incrementReadCount();
        contribution.incrementWriteCount(dump.get().changed().size());
        log.info(
                "Stored {}: {} changed MBID(s); {} stored annotation(s) are now stale and will be refreshed by"
                        + " annotate-mbids.",
                slug,
                dump.get().changed().size(),
                stale);
    }

    private RepeatStatus finish() {
        log.info("MusicBrainz data dump collection complete.");
        return RepeatStatus.FINISHED;
    }
}
