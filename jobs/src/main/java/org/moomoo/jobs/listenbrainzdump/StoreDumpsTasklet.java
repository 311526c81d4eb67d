package org.moomoo.jobs.listenbrainzdump;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The one step of {@code listenbrainz-data-dump} (spec/ingest.md 5.10). The first call lists the
 * dumps on the FTP server and keeps those not stored yet or modified since; each call then streams
 * one of them, counts its listens and stores the counts, in the call's own transaction. A dump that
 * cannot be read (truncated, corrupt, a malformed listen, a broken transfer, a refused login) is
 * recorded as failed with the reason and the others go on; the step then fails, naming them, and
 * the next run tries them again. Running it again after any failure or kill therefore ends with the
 * tables an uninterrupted run gives.
 *
 * <p>Not final: Spring proxies it to scope it to one job execution.
 */
class StoreDumpsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(StoreDumpsTasklet.class);

    private final DumpsLocation location;
    private final Duration timeout;
    private final DumpsTable table;
    private final Clock clock;

    private Deque<ListedDump> todo;
    private final List<String> failures = new ArrayList<>();
    private int total;
    private DumpsFtp ftp;

    StoreDumpsTasklet(DumpsLocation location, Duration timeout, DumpsTable table, Clock clock) {
        this.location = location;
        this.timeout = timeout;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (todo == null) {
            todo = plan();
            total = todo.size();
            if (todo.isEmpty()) {
                closeFtp();
                return RepeatStatus.FINISHED;
            }
        }
        ListedDump dump = todo.poll();
        if (dump != null) {
            // One dump a call, so one transaction a dump.
            store(dump, contribution);
            return RepeatStatus.CONTINUABLE;
        }
        closeFtp();
        if (!failures.isEmpty()) {
            // Thrown in a call of its own: the transaction it rolls back holds no dump's rows.
            throw new DumpsFailedException(failures.size() + " of " + total
                    + " dump(s) could not be stored and will be tried again on the next run: "
                    + String.join("; ", failures));
        }
        log.info("Done.");
        return RepeatStatus.FINISHED;
    }

    private Deque<ListedDump> plan() {
        ftp = DumpsFtp.open(location, timeout);
        List<ListedDump> listed;
        try {
            listed = ftp.list();
        } catch (RuntimeException e) {
            closeFtp();
            throw e;
        }
        if (listed.isEmpty()) {
            log.info("No data dumps to process.");
            return new ArrayDeque<>();
        }
        log.info("Found {} data dumps to process.", listed.size());
        Map<String, Instant> stored = table.storedModificationTimes();
        Deque<ListedDump> fresh = new ArrayDeque<>();
        for (ListedDump dump : listed) {
            Instant storedAt = stored.get(dump.slug());
            if (storedAt == null || storedAt.isBefore(dump.modifiedAt())) {
                fresh.add(dump);
            }
        }
        if (fresh.isEmpty()) {
            log.info("No new data dumps to process.");
        } else {
            log.info("{} of them are new or modified since they were stored.", fresh.size());
        }
        return fresh;
    }

    private void store(ListedDump dump, StepContribution contribution) {
        long started = System.nanoTime();
        DumpContents contents;
        try {
            dump.date();
            if (ftp == null) {
                ftp = DumpsFtp.open(location, timeout);
            }
            contents = ftp.read(dump, in -> DumpArchiveReader.read(dump.path(), in));
        } catch (MalformedDumpException | DumpsFtpException e) {
            // The transfer may be half done or the session broken: the next dump opens a new one.
            closeFtp();
            log.warn("Dump {} failed: {}", dump.slug(), e.getMessage());
            failures.add(dump.slug() + ": " + e.getMessage());
            table.recordFailure(dump, e.getMessage(), clock.instant());
            contribution.incrementProcessSkipCount();
            return;
        }
        log.info(
                "{}: listens from {} to {}; got {} listens of {} artist pair(s) in {}.",
                dump.slug(),
                contents.start(),
                contents.end(),
                contents.listens(),
                contents.counts().pairs(),
                contents.listensFiles().isEmpty() ? "no listens file" : String.join(", ", contents.listensFiles()));
        if (contents.listensFiles().isEmpty()) {
            log.info("No listens file found in {}", dump.path());
        }
        table.store(dump, contents, clock.instant());
        contribution.incrementReadCount();
        contribution.incrementWriteCount(contents.counts().pairs());
        log.info("Processed {} in {} s.", dump.path(), String.format("%.1f", (System.nanoTime() - started) / 1e9));
    }

    private void closeFtp() {
        if (ftp != null) {
            ftp.close();
            ftp = null;
        }
    }
}
