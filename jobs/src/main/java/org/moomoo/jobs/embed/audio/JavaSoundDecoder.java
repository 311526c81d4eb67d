package org.moomoo.jobs.embed.audio;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioFormat.Encoding;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.JavaLayerException;
import javazoom.spi.mpeg.sampled.file.MpegAudioFileReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes MP3 (mp3spi/jlayer) and WAV (the JDK) through Java Sound to mono floats at the file's own
 * rate. The compressed stream is converted to little-endian PCM (16-bit for MP3, whose streams
 * state no bit depth) and down-mixed chunk by chunk, so the interleaved PCM of the whole track is
 * never held at once.
 *
 * <p>Each format is opened by its own reader. {@code AudioSystem.getAudioInputStream} would ask
 * every installed reader in turn, and mp3spi's claims files that are not MP3 at all (an AAC
 * {@code .m4a} opens as "MPEG-1 layer I" and then fails inside the decoder). WAV is left to the
 * JDK's own readers, which {@code AudioSystem} asks first.
 *
 * <p>Thread-safe: every call opens its own streams and decoders.
 */
final class JavaSoundDecoder {

    private static final Logger log = LoggerFactory.getLogger(JavaSoundDecoder.class);

    private static final int READ_BYTES = 1 << 16;

    /** Reads that return no bytes in a row before the decoder counts as stuck (mp3spi returns some). */
    private static final int MAX_EMPTY_READS = 10_000;

    /**
     * The largest buffer allocated up front (64 MB, six minutes at 44.1 kHz), so that a damaged
     * header cannot make every file allocate much; a longer track grows the buffer as it decodes.
     */
    private static final long MAX_INITIAL_SAMPLES = 1L << 24;

    static {
        fillJLayerTables();
    }

    /** The track as mono samples at its own rate; MP3 or WAV. */
    MonoTrack decode(Path file, JavaFormat format) throws IOException, UnsupportedAudioFileException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), READ_BYTES);
                AudioInputStream source = open(in, format)) {
            AudioFormat sourceFormat = source.getFormat();
            int rate = Math.round(sourceFormat.getSampleRate());
            int channels = sourceFormat.getChannels();
            if (rate < 1000 || rate > 1_000_000) {
                throw new DecodingException("unusable sample rate in the " + format.label + " header: "
                        + (long) sourceFormat.getSampleRate() + " Hz; " + AudioDecoder.COPY_AGAIN);
            }
            if (channels < 1 || channels > 64) {
                throw new DecodingException("unusable channel count in the " + format.label + " header: " + channels
                        + "; " + AudioDecoder.COPY_AGAIN);
            }
            // Only a WAV header states the length; MP3 streams say "not specified".
            long announcedFrames = format == JavaFormat.WAV ? source.getFrameLength() : -1;
            AudioFormat pcm = pcmFormat(sourceFormat, rate, channels);
            try (AudioInputStream pcmStream = pcm.matches(sourceFormat) ? source : convert(pcm, source, format)) {
                MonoSamples samples =
                        new MonoSamples(initialCapacity(announcedFrames, sourceFormat, Files.size(file), rate));
                readAll(pcmStream, pcm, samples);
                checkComplete(samples.size(), announcedFrames, rate, format);
                return new MonoTrack(samples.toArray(), rate);
            }
        }
    }

    private static AudioInputStream open(InputStream in, JavaFormat format)
            throws UnsupportedAudioFileException, IOException {
        return switch (format) {
            case MP3 -> new MpegAudioFileReader().getAudioInputStream(in);
            case WAV -> AudioSystem.getAudioInputStream(in);
            case FLAC, OGG -> throw new IllegalArgumentException(format.label + " has its own decoder");
        };
    }

    private static AudioFormat pcmFormat(AudioFormat source, int rate, int channels) {
        int bits = source.getSampleSizeInBits();
        if (source.getEncoding() == Encoding.PCM_FLOAT && bits == 32) {
            return new AudioFormat(Encoding.PCM_FLOAT, rate, 32, channels, 4 * channels, rate, false);
        }
        int targetBits = bits == 8 || bits == 16 || bits == 24 || bits == 32 ? bits : 16;
        if (source.getEncoding() == Encoding.PCM_FLOAT) {
            targetBits = 24;
        }
        return new AudioFormat(Encoding.PCM_SIGNED, rate, targetBits, channels, channels * targetBits / 8, rate, false);
    }

    private static AudioInputStream convert(AudioFormat pcm, AudioInputStream source, JavaFormat format) {
        try {
            return AudioSystem.getAudioInputStream(pcm, source);
        } catch (IllegalArgumentException e) {
            throw new DecodingException("cannot convert this " + format.label + " file's samples ("
                    + describe(source.getFormat()) + ") to PCM");
        }
    }

    /** Reads to the end; a read may end inside a frame, so the partial frame waits for the next. */
    private static void readAll(AudioInputStream pcm, AudioFormat format, MonoSamples samples) throws IOException {
        int frameSize = format.getFrameSize();
        int bytesPerSample = format.getSampleSizeInBits() / 8;
        int channels = format.getChannels();
        boolean floats = format.getEncoding() == Encoding.PCM_FLOAT;
        byte[] buffer = new byte[Math.max(frameSize, READ_BYTES / frameSize * frameSize)];
        int filled = 0;
        int emptyReads = 0;
        while (true) {
            int read = pcm.read(buffer, filled, buffer.length - filled);
            if (read < 0) {
                break;
            }
            if (read == 0 && ++emptyReads > MAX_EMPTY_READS) {
                throw new DecodingException("the decoder stopped making progress: " + AudioDecoder.REENCODE);
            }
            filled += read;
            int frames = filled / frameSize;
            if (frames > 0) {
                PcmToMono.append(buffer, frames, channels, bytesPerSample, floats, samples);
                int used = frames * frameSize;
                System.arraycopy(buffer, used, buffer, 0, filled - used);
                filled -= used;
                emptyReads = 0;
            }
        }
    }

    private static void checkComplete(int frames, long announcedFrames, int rate, JavaFormat format) {
        if (frames == 0) {
            throw new DecodingException("no audio in this " + format.label + " file: " + AudioDecoder.COPY_AGAIN);
        }
        if (announcedFrames > 0 && frames < announcedFrames) {
            throw new DecodingException(String.format(
                    Locale.ROOT,
                    "truncated or damaged %s file: %.2f s of the %.2f s in its header could be decoded; %s",
                    format.label,
                    frames / (double) rate,
                    announcedFrames / (double) rate,
                    AudioDecoder.COPY_AGAIN));
        }
    }

    /** A good first guess of the track's length, so that the buffer rarely has to grow. */
    private static int initialCapacity(long announcedFrames, AudioFormat source, long fileBytes, int rate) {
        long estimate = 60L * rate;
        if (announcedFrames > 0) {
            estimate = announcedFrames;
        } else if (source.getProperty("bitrate") instanceof Integer bitsPerSecond && bitsPerSecond > 0) {
            estimate = fileBytes * 8 * rate / bitsPerSecond;
        }
        return (int) Math.max(rate, Math.min(estimate + estimate / 16, MAX_INITIAL_SAMPLES));
    }

    private static String describe(AudioFormat format) {
        int bits = format.getSampleSizeInBits();
        return (bits > 0 ? bits + "-bit " : "") + format.getEncoding();
    }

    /**
     * jlayer fills two shared lookup tables the first time a decoder is built, without
     * synchronisation ({@code SynthesisFilter.d16} and {@code LayerIIIDecoder.reorder_table}), so a
     * second thread can find a table that is not filled yet. Decoding one silent frame while this
     * class is initialised fills both before any thread can decode an MP3 file here.
     */
    private static void fillJLayerTables() {
        // An MPEG-1 layer III mono frame at 128 kbit/s and 44.1 kHz is 417 bytes; all-zero side
        // information and main data decode as silence.
        int frameBytes = 417;
        byte[] frames = new byte[2 * frameBytes];
        for (int start = 0; start < frames.length; start += frameBytes) {
            frames[start] = (byte) 0xFF;
            frames[start + 1] = (byte) 0xFB;
            frames[start + 2] = (byte) 0x90;
            frames[start + 3] = (byte) 0xC4;
        }
        try {
            Bitstream bitstream = new Bitstream(new ByteArrayInputStream(frames));
            Header header = bitstream.readFrame();
            new Decoder().decodeFrame(header, bitstream);
            bitstream.closeFrame();
        } catch (JavaLayerException | RuntimeException e) {
            log.warn(
                    "Could not prepare the MP3 decoder's tables; MP3 files decoded on several threads"
                            + " at once may fail",
                    e);
        }
    }
}
