package org.moomoo.jobs.listens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.moomoo.jobs.launcher.JobRefusedException;
import org.moomoo.jobs.listenbrainz.ListenBrainzClient;
import org.moomoo.jobs.listenbrainz.ListenBrainzException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tools.jackson.databind.JsonNode;

/**
 * The one step of {@code listens}: fetches the user's listens page by page and upserts each page
 * in its own transaction.
 *
 * <p>No listen is skipped whatever part of a window ListenBrainz answers with (its newest listens
 * or its oldest) and in whatever order: the listens still to fetch are a set of windows of whole
 * seconds; a full page covering {@code [min, max]} of window {@code [first, last]} leaves
 * {@code [first, min]} and {@code [max, last]} to fetch, both including the edge seconds, so that
 * several listens in the second at a page's edge are all fetched (the upsert by key makes the
 * second fetch of a listen harmless). Each window is strictly smaller than the one it came from,
 * so the walk ends. The windows still to fetch are saved with each page's commit in the step's
 * ExecutionContext: a restart goes on where the failed run stopped.
 *
 * <p>Not final: Spring proxies it to scope it to one job execution.
 */
class FetchListensTasklet implements Tasklet {

    /** Listens per request: the original's page size. */
    static final int PAGE_SIZE = 100;

    private static final String WINDOWS = "windows";
    private static final String FETCHED = "fetched";
    private static final Logger log = LoggerFactory.getLogger(FetchListensTasklet.class);

    private final ListensParameters parameters;
    private final ListenBrainzClient client;
    private final ListensTable table;
    private final Clock clock;

    FetchListensTasklet(ListensParameters parameters, ListenBrainzClient client, ListensTable table, Clock clock) {
        this.parameters = parameters;
        this.client = client;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ExecutionContext context =
                chunkContext.getStepContext().getStepExecution().getExecutionContext();
        if (!context.containsKey(WINDOWS)) {
            context.putString(WINDOWS, firstWindow().toString());
            context.putLong(FETCHED, 0);
        }
        Deque<ListenWindow> windows = windows(context.getString(WINDOWS));
        if (!windows.isEmpty()) {
            ListenWindow window = windows.pop();
            List<Listen> page = fetch(window, contribution);
            if (!page.isEmpty()) {
                log.info("Inserting {} listen(s).", page.size());
            }
            table.upsert(parameters.username(), page);
            contribution.incrementReadCount();
            contribution.incrementWriteCount(page.size());
            context.putLong(FETCHED, context.getLong(FETCHED) + page.size());
            if (page.size() >= PAGE_SIZE) {
                rest(window, page).forEach(windows::push);
            }
            context.putString(
                    WINDOWS, windows.stream().map(ListenWindow::toString).collect(Collectors.joining(",")));
        }
        if (!windows.isEmpty()) {
            return RepeatStatus.CONTINUABLE;
        }
        log.info(context.getLong(FETCHED) == 0 ? "No listens found" : "Done.");
        return RepeatStatus.FINISHED;
    }

    private ListenWindow firstWindow() {
        Instant to = parameters.to() != null ? parameters.to() : clock.instant();
        Instant from;
        if (parameters.sinceLast()) {
            from = table.newestListen(parameters.username())
                    .orElseThrow(() -> new JobRefusedException(
                            "No data found for " + parameters.username() + ". Cannot use since-last."))
                    .minus(Duration.ofDays(parameters.bufferDays()));
        } else {
            if (parameters.bufferDays() != 0) {
                log.warn("warn: buffer-days is only used with since-last.");
            }
            from = parameters.from();
        }
        if (!from.isBefore(to)) {
            throw new JobRefusedException("from (" + from + ") must be before to (" + to + ").");
        }
        return new ListenWindow(from.getEpochSecond(), to.getEpochSecond());
    }

    private List<Listen> fetch(ListenWindow window, StepContribution contribution) {
        log.info(
                "Getting {} page from {} to {}.",
                parameters.username(),
                Instant.ofEpochSecond(window.first()),
                Instant.ofEpochSecond(window.last()));
        String path = "/1/user/" + parameters.username() + "/listens";
        // min_ts and max_ts exclude their own second.
        Map<String, String> query = Map.of(
                "min_ts", String.valueOf(window.first() - 1),
                "max_ts", String.valueOf(window.last() + 1),
                "count", String.valueOf(PAGE_SIZE));
        JsonNode answer = client.get(path, query).orElse(null);
        if (answer == null) {
            return List.of(); // 204: no listens in the window
        }
        JsonNode listens = answer.path("payload").path("listens");
        if (!listens.isArray()) {
            throw new ListenBrainzException(
                    200, "ListenBrainz GET " + path + ": unexpected answer, no payload.listens array");
        }
        List<Listen> page = new ArrayList<>();
        for (JsonNode json : listens) {
            try {
                page.add(Listen.of(parameters.username(), json));
            } catch (IllegalArgumentException e) {
                log.warn("Skipped {} of the page from {}: {}", json, window, e.getMessage());
                contribution.incrementFilterCount(1);
            }
        }
        return page;
    }

    /** The windows a full page of {@code window} leaves to fetch. */
    private static List<ListenWindow> rest(ListenWindow window, List<Listen> page) {
        long min = page.stream()
                .mapToLong(Listen::listenedAt)
                .filter(t -> t >= window.first() && t <= window.last())
                .min()
                .orElse(window.first());
        long max = page.stream()
                .mapToLong(Listen::listenedAt)
                .filter(t -> t >= window.first() && t <= window.last())
                .max()
                .orElse(window.last());
        List<ListenWindow> rest = new ArrayList<>();
        if (min < max) {
            rest.add(new ListenWindow(window.first(), min));
            rest.add(new ListenWindow(max, window.last()));
            return rest;
        }
        // A whole page in one second: that second cannot be split further.
        log.warn(
                "{} or more listens at {}: ListenBrainz cannot page within one second, some may be missing",
                PAGE_SIZE,
                Instant.ofEpochSecond(min));
        if (window.first() < min) {
            rest.add(new ListenWindow(window.first(), min - 1));
        }
        if (max < window.last()) {
            rest.add(new ListenWindow(max + 1, window.last()));
        }
        return rest;
    }

    private static Deque<ListenWindow> windows(String text) {
        Deque<ListenWindow> windows = new ArrayDeque<>();
        if (!text.isEmpty()) {
            Arrays.stream(text.split(",")).map(ListenWindow::parse).forEach(windows::addLast);
        }
        return windows;
    }
}
