package org.moomoo.jobs.embed.audio;

import com.github.trilarion.sound.vorbis.jcraft.jogg.Packet;
import com.github.trilarion.sound.vorbis.jcraft.jorbis.Block;
import com.github.trilarion.sound.vorbis.jcraft.jorbis.Comment;
import com.github.trilarion.sound.vorbis.jcraft.jorbis.DspState;
import com.github.trilarion.sound.vorbis.jcraft.jorbis.Info;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Decodes Ogg Vorbis with the JOrbis classes inside java-vorbis-support, packet by packet, straight
 * to mono floats (the mean of the channels) at the file's own rate.
 *
 * <p>java-vorbis-support's Java Sound stream is not used. When its read of the file comes back
 * empty it stops, though pages it read earlier may still wait in its buffer undecoded; so a file
 * whose audio comes in with the bytes read for its headers (a short sound effect, a 2.5 s mono
 * tone) decodes to nothing. Its PCM converter also knows only the rates from 8 to 48 kHz.
 *
 * <p>The length is the one the stream states, as libvorbis gives it: the granule position of the
 * last page cuts off the padding of the last block, and a first page whose granule position is
 * smaller than the samples decoded up to it drops the difference from the start. A file cut short
 * (it ends inside a page), with a page that fails its checksum or with a page missing is refused;
 * one that ends on a whole page without the end-of-stream mark keeps all it decoded. The streams of
 * a chained file are decoded one after the other, each resampled to the rate of the first.
 *
 * <p>Thread-safe: each call has its own decoder. JOrbis decodes residues in static synchronized
 * methods, though, so that part of the work runs on one thread at a time.
 */
final class VorbisDecoder {

    private static final String[] HEADERS = {"identification", "comment", "setup"};

    /**
     * The largest buffer allocated up front (64 MB, six minutes at 44.1 kHz); a longer track grows
     * the buffer as it decodes.
     */
    private static final long MAX_INITIAL_SAMPLES = 1L << 24;

    /** A guess of the bit rate (oggenc's default quality), to size the buffer from the file's size. */
    private static final long TYPICAL_BITS_PER_SECOND = 128_000;

    /** The largest block of samples a Vorbis packet can hold (its blocksize_1 is at most 8192). */
    private static final int MAX_BLOCK = 8192;

    /**
     * The track as mono samples at its own rate.
     *
     * @throws NotVorbisException when the Ogg file holds another codec (Opus, FLAC, ...)
     * @throws DecodingException when it cannot be decoded; the message says what to do
     * @throws IOException when the file cannot be read
     */
    MonoTrack decode(Path file) throws IOException, NotVorbisException {
        try (InputStream in = Files.newInputStream(file)) {
            VorbisPacketReader packets = new VorbisPacketReader(in);
            Info info = readHeaders(packets);
            int rate = checkedRate(info);
            long estimate = Files.size(file) * 8 * rate / TYPICAL_BITS_PER_SECOND;
            float[] samples =
                    decodeStream(packets, info, new MonoSamples((int) Math.min(estimate, MAX_INITIAL_SAMPLES)));
            if (packets.nextStream()) {
                samples = decodeChain(packets, samples, rate);
            }
            if (samples.length == 0) {
                throw new DecodingException("no audio in this Ogg Vorbis file, only its headers: " + AudioDecoder.REDO);
            }
            return new MonoTrack(samples, rate);
        }
    }

    /** The first stream's samples and those of every stream chained after it, at the first's rate. */
    private static float[] decodeChain(VorbisPacketReader packets, float[] first, int rate) throws IOException {
        List<float[]> streams = new ArrayList<>(List.of(first));
        long total = first.length;
        do {
            Info info = readHeaders(packets);
            float[] samples = decodeStream(packets, info, new MonoSamples(60 * info.rate));
            streams.add(Resampler.resample(samples, checkedRate(info), rate));
            total += streams.get(streams.size() - 1).length;
        } while (packets.nextStream());
        if (total > Integer.MAX_VALUE - 16) {
            throw new DecodingException("too long to decode (more than 2^31 samples): split it into shorter files");
        }
        float[] all = new float[(int) total];
        int at = 0;
        for (float[] samples : streams) {
            System.arraycopy(samples, 0, all, at, samples.length);
            at += samples.length;
        }
        return all;
    }

    private static int checkedRate(Info info) {
        if (info.rate < 1000 || info.rate > 1_000_000) {
            throw new DecodingException("unusable sample rate in the Ogg Vorbis header: " + info.rate
                    + " Hz; re-encode it at a usual rate (44,100 or 48,000 Hz)");
        }
        return info.rate;
    }

    private static Info readHeaders(VorbisPacketReader packets) throws IOException {
        Info info = new Info();
        info.init();
        Comment comment = new Comment();
        comment.init();
        for (String header : HEADERS) {
            Packet packet = packets.next();
            if (packet == null) {
                throw new DecodingException("the Ogg Vorbis file ends before its " + header
                        + " header (truncated file?): " + AudioDecoder.REDO);
            }
            int result;
            try {
                result = info.synthesis_headerin(comment, packet);
            } catch (RuntimeException | OutOfMemoryError e) {
                // A damaged header trips JOrbis over array bounds, or asks for an impossible array;
                // that allocation failed without taking any memory.
                throw new DecodingException("damaged Ogg Vorbis " + header + " header: " + AudioDecoder.REDO, e);
            }
            if (result != 0) {
                throw new DecodingException("damaged Ogg Vorbis " + header + " header: " + AudioDecoder.REDO);
            }
        }
        return info;
    }

    /**
     * Decodes the audio packets of one stream, up to its end-of-stream packet, then cuts the
     * samples to the length its granule positions state.
     */
    private static float[] decodeStream(VorbisPacketReader packets, Info info, MonoSamples samples) throws IOException {
        DspState dsp = new DspState();
        Block block;
        try {
            dsp.synthesis_init(info);
            block = new Block(dsp);
        } catch (RuntimeException e) {
            throw new DecodingException("damaged Ogg Vorbis setup header: " + AudioDecoder.REDO, e);
        }
        float[][][] pcm = new float[1][][];
        int[] offsets = new int[info.channels];
        // The granule position of the first page that has one, less the samples decoded up to it:
        // where the decoder's first sample lies on the stream's time line (negative: drop that many).
        long start = 0;
        boolean startKnown = false;
        long end = Long.MAX_VALUE;
        Packet packet;
        while ((packet = packets.next()) != null) {
            try {
                // Anything but an audio packet is skipped, as libvorbis does.
                if (block.synthesis(packet) == 0) {
                    dsp.synthesis_blockin(block);
                    int count;
                    while ((count = dsp.synthesis_pcmout(pcm, offsets)) > 0) {
                        PcmToMono.appendPlanar(pcm[0], offsets, info.channels, count, samples);
                        dsp.synthesis_read(count);
                    }
                }
            } catch (RuntimeException e) {
                throw new DecodingException(
                        String.format(
                                Locale.ROOT,
                                "damaged Ogg Vorbis audio after %.2f s: %s",
                                samples.size() / (double) info.rate,
                                AudioDecoder.REDO),
                        e);
            } catch (OutOfMemoryError e) {
                throw new DecodingException(
                        String.format(
                                Locale.ROOT,
                                "not enough memory to decode it (%.0f minutes"
                                        + " decoded): give the jobs more heap, e.g. MOOMOO_JAVA_OPTS=-Xmx4g",
                                samples.size() / (60.0 * info.rate)),
                        e);
            }
            long granule = packet.granulepos;
            // A first audio page that is also the last one only marks the end.
            if (!startKnown && granule >= 0 && packet.e_o_s == 0) {
                start = granule - samples.size();
                startKnown = true;
            }
            if (packet.e_o_s != 0) {
                if (granule >= 0) {
                    end = granule - start;
                }
                break;
            }
        }
        if (packet == null && packets.endedInsidePage()) {
            throw new DecodingException(String.format(
                    Locale.ROOT,
                    "truncated Ogg Vorbis file: it ends inside a page,"
                            + " after %.2f s of audio; copy it again, re-rip or re-encode it",
                    samples.size() / (double) info.rate));
        }
        return trimmed(samples, start, end);
    }

    /**
     * The samples from {@code -start} (when negative) to {@code end}. Either cut is at most one
     * block of the largest size Vorbis allows: a granule position that asks for more is damaged and
     * left out, as a cut of a whole track's worth would be.
     */
    private static float[] trimmed(MonoSamples samples, long start, long end) {
        int size = samples.size();
        int from = start < 0 && -start <= Math.min(MAX_BLOCK, size) ? (int) -start : 0;
        int to = end < size && size - end <= MAX_BLOCK && end >= from ? (int) end : size;
        return from == 0 && to == size ? samples.toArray() : Arrays.copyOfRange(samples.array(), from, to);
    }
}
