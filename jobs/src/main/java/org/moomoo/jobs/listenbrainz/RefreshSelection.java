package org.moomoo.jobs.listenbrainz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.moomoo.jobs.launcher.JobParameterSpec;
import org.moomoo.jobs.launcher.JobParameterSpec.Kind;
import org.moomoo.jobs.listens.IsoDates;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Which items a refreshing job ({@code artist-stats}, {@code msid-map}) works on: {@code new=true}
 * (items never fetched, or whose last fetch failed), {@code before=DATE} (items last fetched
 * before DATE, oldest first), and at most {@code limit=N} of them, chosen at random (spec/ingest.md
 * 5.4, 5.8). Neither selector gives no work.
 *
 * @param fresh  whether {@code new=true}
 * @param before the {@code before=} instant, or null
 * @param limit  the {@code limit=}, or null for all
 */
public record RefreshSelection(boolean fresh, Instant before, Integer limit) {

    public static final JobParameterSpec NEW =
            JobParameterSpec.optional("new", Kind.BOOLEAN, "false", "items never fetched, or whose last fetch failed");
    public static final JobParameterSpec BEFORE = JobParameterSpec.optional(
            "before", Kind.TEXT, "items last fetched before this date, e.g. 2024-01-01 (UTC); oldest first");
    public static final JobParameterSpec LIMIT =
            JobParameterSpec.optional("limit", Kind.POSITIVE_INT, "at most this many items, chosen at random");

    /** The three parameters, as {@code jobs list} shows them. */
    public static final List<JobParameterSpec> SPECS = List.of(NEW, BEFORE, LIMIT);

    public static RefreshSelection from(JobParameters parameters) {
        return of(name -> Optional.ofNullable(parameters.getString(name)));
    }

    /** The launcher's check: a bad date or limit stops the job before it starts. */
    public static void check(Map<String, String> values) {
        of(name -> Optional.ofNullable(values.get(name)));
    }

    private static RefreshSelection of(Function<String, Optional<String>> values) {
        boolean fresh = values.apply(NEW.name())
                .map(NEW::normalise)
                .map(Boolean::parseBoolean)
                .orElse(false);
        Instant before = values.apply(BEFORE.name())
                .map(text -> IsoDates.parse(BEFORE.name(), text))
                .orElse(null);
        Integer limit = values.apply(LIMIT.name())
                .map(LIMIT::normalise)
                .map(Integer::valueOf)
                .orElse(null);
        return new RefreshSelection(fresh, before, limit);
    }

    /** The new items, then the old ones not already among them. */
    public static <T> List<T> union(List<T> newItems, List<T> oldItems) {
        LinkedHashSet<T> all = new LinkedHashSet<>(newItems);
        all.addAll(oldItems);
        return new ArrayList<>(all);
    }

    /** Whether {@code count} items are more than the limit. */
    public boolean limits(int count) {
        return limit != null && count > limit;
    }

    /** A uniform random sample of {@code limit} of {@code items}, kept in their order; all of them when within the limit. */
    public <T> List<T> sample(List<T> items, Random random) {
        if (!limits(items.size())) {
            return List.copyOf(items);
        }
        List<Integer> positions = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            positions.add(i);
        }
        Collections.shuffle(positions, random);
        List<Integer> kept = new ArrayList<>(positions.subList(0, limit));
        Collections.sort(kept);
        return kept.stream().map(items::get).toList();
    }
}
