package org.moomoo.jobs.embed.audio;

import java.util.Locale;

/** The formats decoded in pure Java, by file extension (any case). */
enum JavaFormat {
    MP3("MP3"),
    FLAC("FLAC"),
    OGG("Ogg Vorbis"),
    WAV("WAV");

    /** The format's name in failure reasons ("not a readable FLAC file"). */
    final String label;

    JavaFormat(String label) {
        this.label = label;
    }

    /** The format of this extension, or null when it is not decoded in Java. */
    static JavaFormat ofExtension(String extension) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "mp3" -> MP3;
            case "flac" -> FLAC;
            case "ogg" -> OGG;
            case "wav" -> WAV;
            default -> null;
        };
    }
}
