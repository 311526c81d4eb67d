package org.moomoo.api.library;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What a browser is told a library file is, by its extension, and whether Chromium and Firefox can
 * play it as it is. ALAC shares the {@code .m4a} extension with AAC, so an m4a file's sample
 * description is looked at.
 *
 * @param contentType the type the file is served with
 * @param playable whether browsers decode it; otherwise it is converted (or refused)
 * @param name what the format is called in a message
 */
record AudioFormat(String contentType, boolean playable, String name) {

    private static final Map<String, AudioFormat> BY_EXTENSION = Map.ofEntries(
            Map.entry("mp3", new AudioFormat("audio/mpeg", true, "MP3")),
            Map.entry("flac", new AudioFormat("audio/flac", true, "FLAC")),
            Map.entry("ogg", new AudioFormat("audio/ogg", true, "Ogg")),
            Map.entry("oga", new AudioFormat("audio/ogg", true, "Ogg")),
            Map.entry("opus", new AudioFormat("audio/ogg", true, "Opus")),
            Map.entry("wav", new AudioFormat("audio/wav", true, "WAV")),
            Map.entry("m4a", new AudioFormat("audio/mp4", true, "AAC")),
            Map.entry("mp4", new AudioFormat("audio/mp4", true, "AAC")),
            Map.entry("aac", new AudioFormat("audio/aac", true, "AAC")),
            Map.entry("webm", new AudioFormat("audio/webm", true, "WebM")),
            Map.entry("aif", new AudioFormat("audio/aiff", false, "AIFF")),
            Map.entry("aiff", new AudioFormat("audio/aiff", false, "AIFF")),
            Map.entry("wma", new AudioFormat("audio/x-ms-wma", false, "WMA")),
            Map.entry("ape", new AudioFormat("audio/x-ape", false, "Monkey's Audio")),
            Map.entry("wv", new AudioFormat("audio/x-wavpack", false, "WavPack")));

    private static final AudioFormat ALAC = new AudioFormat("audio/mp4", false, "ALAC in m4a");
    private static final AudioFormat UNKNOWN = new AudioFormat("application/octet-stream", false, "an unknown format");
    /** How much of each end of an m4a file is searched for its sample description (the moov box may sit at either end). */
    private static final int SEARCHED = 4 << 20;

    private static final byte[] STSD = "stsd".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ALAC_ENTRY = "alac".getBytes(StandardCharsets.US_ASCII);

    /** The format of {@code file}, a regular file. */
    static AudioFormat of(Path file) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        AudioFormat format = BY_EXTENSION.getOrDefault(extension, UNKNOWN);
        if (format.contentType().equals("audio/mp4") && isAlac(file)) {
            return ALAC;
        }
        return format;
    }

    /** Whether the file's first sample entry ({@code stsd} box, version, count, size, then its type) is ALAC. */
    static boolean isAlac(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (hasAlacEntry(read(in, 0, (int) Math.min(length, SEARCHED)))) {
                return true;
            }
            return length > SEARCHED
                    && hasAlacEntry(read(
                            in, Math.max(SEARCHED, length - SEARCHED), (int) Math.min(SEARCHED, length - SEARCHED)));
        }
    }

    private static byte[] read(RandomAccessFile in, long from, int count) throws IOException {
        byte[] bytes = new byte[count];
        in.seek(from);
        in.readFully(bytes);
        return bytes;
    }

    private static boolean hasAlacEntry(byte[] bytes) {
        for (int i = 0; i + 20 <= bytes.length; i++) {
            if (matches(bytes, i, STSD) && matches(bytes, i + 16, ALAC_ENTRY)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(byte[] bytes, int at, byte[] word) {
        for (int k = 0; k < word.length; k++) {
            if (bytes[at + k] != word[k]) {
                return false;
            }
        }
        return true;
    }
}
