package org.moomoo.jobs.annotate;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.moomoo.jobs.worklist.Partition;

/**
 * Which MBIDs to queue (spec/ingest.md 5.2 step 2).
 *
 * @param fresh         MBIDs of the model {@code mbids} without an annotation
 * @param updated       annotations that MusicBrainz dumps report changed since they were fetched
 * @param retryFailures annotations whose last lookup failed for a reason that may pass (not a 4xx)
 * @param before        annotations fetched before this instant, when present
 * @param limit         the most MBIDs queued, when present (dependents may exceed it)
 * @param partition     this worker's share of the MBIDs
 */
record QueueOptions(
        boolean fresh,
        boolean updated,
        boolean retryFailures,
        Optional<Instant> before,
        OptionalInt limit,
        Partition partition) {}
