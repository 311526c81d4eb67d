package org.moomoo.jobs.embed.audio;

import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes a whole audio file to the samples an embedder starts from (spec/ml.md section 1): mono
 * (the mean of the channels), floats in [-1, 1], at the rate asked for.
 *
 * <p>MP3, FLAC, Ogg Vorbis and WAV ({@code .mp3 .flac .ogg .wav}, any case) are decoded in pure
 * Java. Every other extension (m4a, opus, aac, ...) is handed to {@code ffmpeg}, when this decoder
 * has one, and so is an {@code .ogg} file that holds Opus, FLAC or Speex rather than Vorbis. Either
 * way the down-mix and the {@link Resampler} are this package's own, so a track gives the same
 * samples whatever its format.
 *
 * <p>A file that cannot be decoded (empty, truncated, not audio, a format without ffmpeg, an I/O
 * error) raises {@link DecodingException} with a short reason for the user, and nothing else
 * escapes. MP3 files decode with jlayer, which keeps the encoder's delay and padding: an MP3 track
 * comes out some 60 ms longer than its source.
 *
 * <p>Thread-safe: calls share no mutable state.
 */
public final class AudioDecoder {

    /** How long ffmpeg may take for one file: ample for hours of audio on a slow machine. */
    public static final Duration DEFAULT_FFMPEG_TIMEOUT = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(AudioDecoder.class);

    /** What a user can do about a file whose headers or pages are damaged. */
    static final String REDO = "re-rip or re-encode it";

    /** What a user can do about a damaged or cut-short file (every decoder says the same). */
    static final String COPY_AGAIN = "copy it again, " + REDO;

    /** What a user can do about a file whose data the decoder cannot make sense of. */
    static final String REENCODE = "re-encode it (for example with ffmpeg -i FILE FILE.flac)";

    /** What a user can do about a file that is not in the format its extension names. */
    static final String REENCODE_OR_RENAME = "re-encode it, or give it the extension of its real format";

    private final FlacDecoder flac = new FlacDecoder();
    private final JavaSoundDecoder javaSound = new JavaSoundDecoder();
    private final VorbisDecoder vorbis = new VorbisDecoder();
    private final Optional<FfmpegDecoder> ffmpeg;

    /**
     * @param ffmpegExecutable the ffmpeg program for the formats Java cannot decode; empty to
     *     refuse them
     * @param ffmpegTimeout how long ffmpeg may take for one file before it is killed
     */
    public AudioDecoder(Optional<Path> ffmpegExecutable, Duration ffmpegTimeout) {
        if (ffmpegTimeout.isNegative() || ffmpegTimeout.isZero()) {
            throw new IllegalArgumentException("the ffmpeg timeout must be positive, not " + ffmpegTimeout);
        }
        this.ffmpeg = ffmpegExecutable.map(executable -> new FfmpegDecoder(executable, ffmpegTimeout));
    }

    /** A decoder that uses the {@code ffmpeg} found on PATH, if any, with the default timeout. */
    public static AudioDecoder withFfmpegFromPath() {
        return new AudioDecoder(findExecutable("ffmpeg", System.getenv("PATH")), DEFAULT_FFMPEG_TIMEOUT);
    }

    /**
     * The whole track as mono samples at {@code targetRate}.
     *
     * @throws DecodingException when the file cannot be decoded; the message says why
     * @throws IllegalArgumentException when {@code targetRate} is not positive
     */
    public float[] decodeMono(Path file, int targetRate) {
        if (targetRate <= 0) {
            throw new IllegalArgumentException("target rate must be positive, not " + targetRate);
        }
        checkReadable(file);
        String extension = extensionOf(file);
        JavaFormat format = JavaFormat.ofExtension(extension);
        String label = format != null ? format.label : extension.isEmpty() ? "audio" : extension;
        try {
            MonoTrack track = format != null ? decodeInJava(file, format) : decodeWithFfmpeg(file, extension);
            float[] samples = Resampler.resample(track.samples(), track.sampleRate(), targetRate);
            clampToUnitRange(samples);
            return samples;
        } catch (DecodingException e) {
            log.debug("{}: {}", file, e.getMessage(), e);
            throw e;
        } catch (UnsupportedAudioFileException e) {
            throw failure(file, "not a readable " + label + " file: " + REENCODE_OR_RENAME, e);
        } catch (EOFException e) {
            throw failure(file, "the " + label + " data ends unexpectedly (truncated file?): " + COPY_AGAIN, e);
        } catch (IOException e) {
            // The operating system's errors and the decoders' own ("Could not find Stream Sync").
            throw failure(
                    file, "could not decode the " + label + " data: " + readableMessage(e, file) + "; " + REENCODE, e);
        } catch (OutOfMemoryError e) {
            // Mostly a damaged header asking for an impossible array; that allocation failed
            // without taking any memory, so going on with the next file is safe.
            throw failure(
                    file,
                    "not enough memory to decode it (a damaged header or a very long track): re-encode it,"
                            + " or give the job more memory (MOOMOO_JAVA_OPTS=-Xmx4g)",
                    e);
        } catch (RuntimeException e) {
            // The decoders fail on damaged data with whatever they trip over (array indexes, nulls).
            throw failure(file, "damaged " + label + " data: the decoder failed; " + COPY_AGAIN, e);
        }
    }

    private MonoTrack decodeInJava(Path file, JavaFormat format) throws IOException, UnsupportedAudioFileException {
        return switch (format) {
            case FLAC -> flac.decode(file);
            case OGG -> decodeOgg(file);
            case MP3, WAV -> javaSound.decode(file, format);
        };
    }

    /** An Ogg file may hold Opus, FLAC or Speex instead of Vorbis: those are ffmpeg's. */
    private MonoTrack decodeOgg(Path file) throws IOException {
        try {
            return vorbis.decode(file);
        } catch (NotVorbisException e) {
            if (ffmpeg.isEmpty()) {
                throw new DecodingException(e.withoutFfmpeg(), e);
            }
            log.debug("{}: {}; decoding it with ffmpeg", file, e.getMessage());
            return ffmpeg.get().decode(file);
        }
    }

    private MonoTrack decodeWithFfmpeg(Path file, String extension) throws IOException {
        if (ffmpeg.isEmpty()) {
            String what = extension.isEmpty() ? "a file without an extension" : extension;
            throw new DecodingException(what + " needs ffmpeg on PATH (apt-get install ffmpeg)");
        }
        return ffmpeg.get().decode(file);
    }

    private static void checkReadable(Path file) {
        if (!Files.exists(file)) {
            throw new DecodingException(
                    "file not found: it was moved or deleted; run local-files again to update the library");
        }
        if (!Files.isRegularFile(file)) {
            throw new DecodingException("not a regular file: rename it, or leave it out with a pattern in"
                    + " raw.local_music_files_exclude_regex");
        }
        if (!Files.isReadable(file)) {
            throw new DecodingException(
                    "no permission to read the file: let the user who runs moomoo read it (chmod a+r)");
        }
        try {
            if (Files.size(file) == 0) {
                throw new DecodingException("empty file (0 bytes): " + COPY_AGAIN);
            }
        } catch (IOException e) {
            throw failure(
                    file,
                    "could not read the file: " + readableMessage(e, file)
                            + "; check the disk and the file's permissions",
                    e);
        }
    }

    /** Keeps samples in [-1, 1]: lossy decoders and the resampler overshoot a little on clipped audio. */
    private static void clampToUnitRange(float[] samples) {
        for (int i = 0; i < samples.length; i++) {
            float value = samples[i];
            if (value > 1f) {
                samples[i] = 1f;
            } else if (value < -1f) {
                samples[i] = -1f;
            } else if (value != value) {
                samples[i] = 0f;
            }
        }
    }

    private static String extensionOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** An I/O error's own text (usually the operating system's), without the file's full path. */
    private static String readableMessage(IOException e, Path file) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "I/O error";
        }
        return message.replace(
                file.toAbsolutePath().toString(), file.getFileName().toString());
    }

    private static DecodingException failure(Path file, String reason, Throwable cause) {
        log.debug("{}: {}", file, reason, cause);
        return new DecodingException(reason, cause);
    }

    /** The first executable file called {@code name} in the directories of a PATH-style list. */
    static Optional<Path> findExecutable(String name, String pathList) {
        if (pathList == null) {
            return Optional.empty();
        }
        for (String directory : pathList.split(File.pathSeparator)) {
            if (directory.isBlank()) {
                continue;
            }
            try {
                Path candidate = Path.of(directory, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            } catch (InvalidPathException e) {
                // Not a directory name on this system; the other entries may still do.
            }
        }
        return Optional.empty();
    }
}
