package org.moomoo.jobs.localfiles;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The audio formats {@link TagReader} reads, by file extension. */
enum AudioFormat {
    MP3("mp3", "MP3"),
    FLAC("flac", "FLAC"),
    OGG("ogg", "Ogg Vorbis"),
    OPUS("opus", "Opus"),
    M4A("m4a", "MP4"),
    WAV("wav", "WAV");

    private static final Map<String, AudioFormat> BY_EXTENSION = byExtension();

    final String extension;
    /** The format's name in failure reasons ("corrupt FLAC file"). */
    final String label;

    AudioFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    /** The format of a file of this name, by its extension (case-insensitive); null when none is read. */
    static AudioFormat of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? null : BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static Map<String, AudioFormat> byExtension() {
        Map<String, AudioFormat> formats = new HashMap<>();
        for (AudioFormat format : values()) {
            formats.put(format.extension, format);
        }
        return formats;
    }
}
