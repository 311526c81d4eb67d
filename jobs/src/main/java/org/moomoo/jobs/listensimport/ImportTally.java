package org.moomoo.jobs.listensimport;

import java.util.ArrayList;
import java.util.List;
import org.moomoo.jobs.progress.ProgressLine;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The counts of an import, kept in the step's execution context at each commit so that a restarted
 * run's summary covers the whole file, not just its own part. Not final: the step's scope proxies
 * it.
 */
class ImportTally {

    /** How many malformed records the summary names; all are counted and logged. */
    static final int NAMED_MALFORMED = 10;

    private static final String PREFIX = "listens-import.";

    private long read;
    private long imported;
    private long alreadyPresent;
    private long shortPlays;
    private long podcasts;
    private long malformed;
    private final List<String> firstMalformed = new ArrayList<>();

    void restore(ExecutionContext context) {
        read = context.getLong(PREFIX + "read", 0L);
        imported = context.getLong(PREFIX + "imported", 0L);
        alreadyPresent = context.getLong(PREFIX + "already-present", 0L);
        shortPlays = context.getLong(PREFIX + "short-plays", 0L);
        podcasts = context.getLong(PREFIX + "podcasts", 0L);
        malformed = context.getLong(PREFIX + "malformed", 0L);
        firstMalformed.clear();
        String named = context.getString(PREFIX + "first-malformed", "");
        if (!named.isEmpty()) {
            firstMalformed.addAll(List.of(named.split("\n")));
        }
    }

    void save(ExecutionContext context) {
        context.putLong(PREFIX + "read", read);
        context.putLong(PREFIX + "imported", imported);
        context.putLong(PREFIX + "already-present", alreadyPresent);
        context.putLong(PREFIX + "short-plays", shortPlays);
        context.putLong(PREFIX + "podcasts", podcasts);
        context.putLong(PREFIX + "malformed", malformed);
        context.putString(PREFIX + "first-malformed", String.join("\n", firstMalformed));
    }

    /** Counts a written chunk: its items, the listens inserted, those already stored, and the plays left out. */
    void chunk(long items, long inserted, long present, long shortPlayCount, long podcastCount) {
        read += items;
        imported += inserted;
        alreadyPresent += present;
        shortPlays += shortPlayCount;
        podcasts += podcastCount;
    }

    void malformed(String where) {
        malformed++;
        if (firstMalformed.size() < NAMED_MALFORMED) {
            firstMalformed.add(where);
        }
    }

    /**
     * {@code listens-import: read 1,204  imported 1,150  already present 0  skipped by rule 50 (48 shorter
     * than 30 s, 2 podcasts)  malformed 4 (listens/2023/05.jsonl:17, ...)}.
     */
    String summary() {
        StringBuilder line = new StringBuilder("listens-import: read ")
                .append(ProgressLine.count(read))
                .append("  imported ")
                .append(ProgressLine.count(imported))
                .append("  already present ")
                .append(ProgressLine.count(alreadyPresent))
                .append("  skipped by rule ")
                .append(ProgressLine.count(shortPlays + podcasts))
                .append(" (")
                .append(ProgressLine.count(shortPlays))
                .append(" shorter than 30 s, ")
                .append(ProgressLine.count(podcasts))
                .append(" podcasts or other non-songs)  malformed ")
                .append(ProgressLine.count(malformed));
        if (malformed > 0) {
            line.append(" (").append(String.join(", ", firstMalformed));
            if (malformed > firstMalformed.size()) {
                line.append(", ...");
            }
            line.append(')');
        }
        return line.toString();
    }
}
