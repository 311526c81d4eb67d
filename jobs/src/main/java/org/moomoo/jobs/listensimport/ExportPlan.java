package org.moomoo.jobs.listensimport;

import java.util.List;
import java.util.Set;
import org.moomoo.jobs.launcher.JobRefusedException;

/**
 * Which parts of an export hold listens, in what format: {@code format=auto} looks at the ZIP's
 * entry names or at the start of the file.
 *
 * @param format the export's format
 * @param parts  the parts to read, in order
 */
record ExportPlan(ImportFormat format, List<String> parts) {

    // The ListenBrainz export's JSON-lines files that do not hold listens.
    private static final Set<String> LISTENBRAINZ_NON_LISTENS = Set.of("feedback.jsonl", "pinned_recording.jsonl");

    static ExportPlan of(ExportFile export, String requested) {
        ImportFormat format = requested.equals("auto") ? detect(export) : ImportFormat.named(requested);
        List<String> parts = export.isZip()
                ? export.parts().stream().filter(p -> holdsListens(format, p)).toList()
                : export.parts();
        if (parts.isEmpty()) {
            throw new JobRefusedException(export.name() + " holds no " + format.label() + " listening history"
                    + " (see the README's \"Bringing your history in\")");
        }
        return new ExportPlan(format, parts);
    }

    private static boolean holdsListens(ImportFormat format, String part) {
        String name = ExportFile.baseName(part);
        return switch (format) {
            case LISTENBRAINZ -> name.endsWith(".jsonl") && !LISTENBRAINZ_NON_LISTENS.contains(name);
            case LASTFM -> name.endsWith(".csv");
            case SPOTIFY -> isSpotifyHistory(name);
        };
    }

    private static boolean isSpotifyHistory(String name) {
        return name.endsWith(".json")
                && (name.startsWith("streaming_history_audio_") || name.startsWith("streaminghistory"));
    }

    private static ImportFormat detect(ExportFile export) {
        if (export.isZip()) {
            for (ImportFormat format : ImportFormat.values()) {
                if (export.parts().stream().anyMatch(p -> holdsListens(format, p))) {
                    return format;
                }
            }
            throw undetected(export);
        }
        String name = ExportFile.baseName(export.name());
        if (name.endsWith(".csv")) {
            return ImportFormat.LASTFM;
        }
        if (isSpotifyHistory(name)) {
            return ImportFormat.SPOTIFY;
        }
        String head = export.peek(export.name()).stripLeading();
        if (head.startsWith("{") || head.startsWith("[") && head.contains("\"listened_at\"")) {
            return ImportFormat.LISTENBRAINZ;
        }
        if (head.startsWith("[") && (head.contains("\"ms_played\"") || head.contains("\"msPlayed\""))) {
            return ImportFormat.SPOTIFY;
        }
        if (!head.startsWith("[") && head.lines().findFirst().orElse("").contains(",")) {
            return ImportFormat.LASTFM;
        }
        throw undetected(export);
    }

    private static JobRefusedException undetected(ExportFile export) {
        return new JobRefusedException("cannot tell the format of " + export.name()
                + "; give format=listenbrainz, format=lastfm or format=spotify");
    }
}
