package org.moomoo.jobs.musicbrainzdump;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moomoo.jobs.launcher.JobParameterSpec;
import org.moomoo.jobs.launcher.JobParameterSpec.Kind;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The parameters of {@code musicbrainz-data-dump} (spec/ingest.md 5.12, "Inputs").
 *
 * @param entities     the entities to follow, in the order of {@link #ENTITIES}
 * @param packet       fetch only this packet of each entity, instead of catching up
 * @param dropAgeDays  first delete stored dumps older than this many days
 */
record MusicBrainzDumpParameters(List<String> entities, Optional<Integer> packet, Optional<Integer> dropAgeDays) {

    /** The four entities, in the order the jobs go through them. */
    static final List<String> ENTITIES = List.of("recording", "release", "artist", "release-group");

    static final JobParameterSpec ENTITY = JobParameterSpec.optional(
            "entity",
            Kind.TEXT,
            "entities to follow, comma-separated: recording, release, artist, release-group (default all)");
    static final JobParameterSpec PACKET = JobParameterSpec.optional(
            "packet", Kind.POSITIVE_INT, "fetch only this packet (default: catch up from the last stored one)");
    static final JobParameterSpec DROP_AGE_DAYS = JobParameterSpec.optional(
            "drop-age-days", Kind.POSITIVE_INT, "first delete stored dumps older than this many days");

    static final List<JobParameterSpec> SPECS = List.of(ENTITY, PACKET, DROP_AGE_DAYS);

    MusicBrainzDumpParameters {
        entities = List.copyOf(entities);
    }

    static MusicBrainzDumpParameters from(JobParameters parameters) {
        return new MusicBrainzDumpParameters(
                entities(ENTITY.value(parameters).orElse("")),
                PACKET.value(parameters).map(Integer::valueOf),
                DROP_AGE_DAYS.value(parameters).map(Integer::valueOf));
    }

    /** The launcher's check: every named entity must be one of the four. */
    static void check(Map<String, String> values) {
        entities(values.getOrDefault(ENTITY.name(), ""));
    }

    private static List<String> entities(String text) {
        if (text.isBlank()) {
            return ENTITIES;
        }
        List<String> named = Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        List<String> unknown = new ArrayList<>(named);
        unknown.removeAll(ENTITIES);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("entity=" + text + ": " + String.join(", ", unknown)
                    + " is not an entity; use some of " + String.join(",", ENTITIES));
        }
        return ENTITIES.stream().filter(named::contains).toList();
    }
}
