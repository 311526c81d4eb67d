package org.moomoo.jobs.embed.audio;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.jflac.FLACDecoder;
import org.jflac.frame.Frame;
import org.jflac.metadata.StreamInfo;
import org.jflac.util.ByteData;

/**
 * Decodes FLAC with jflac's decoder directly, frame by frame, rather than through its Java Sound
 * stream. Once a file has given the number of samples its STREAMINFO block announces, jflac stops
 * looking for frames, and asking it for one more frame then loops forever; a damaged header that
 * announces fewer samples than the file holds made Java Sound's stream hang. Here frames are read
 * only while fewer samples than announced have been decoded.
 *
 * <p>jflac itself decodes a truncated file without complaint, so a file that gives fewer samples
 * than announced is refused as truncated. Thread-safe: each call has its own decoder.
 */
final class FlacDecoder {

    private static final int READ_BYTES = 1 << 16;

    /**
     * The largest buffer allocated up front (64 MB, six minutes at 44.1 kHz), so that a damaged
     * header cannot make every file allocate much; a longer track grows the buffer as it decodes.
     */
    private static final long MAX_INITIAL_SAMPLES = 1L << 24;

    MonoTrack decode(Path file) throws IOException, UnsupportedAudioFileException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), READ_BYTES)) {
            FLACDecoder decoder = new FLACDecoder(in);
            StreamInfo info = readStreamInfo(decoder);
            int rate = info.getSampleRate();
            int channels = info.getChannels();
            int bits = info.getBitsPerSample();
            if (rate < 1000 || rate > 1_000_000) {
                throw new DecodingException(
                        "unusable sample rate in the FLAC header: " + rate + " Hz; " + AudioDecoder.COPY_AGAIN);
            }
            if (bits != 8 && bits != 16 && bits != 24) {
                throw new DecodingException(
                        "unsupported FLAC sample size: " + bits + " bits; " + AudioDecoder.REENCODE);
            }
            long announced = info.getTotalSamples();
            MonoSamples samples =
                    new MonoSamples((int) Math.min(announced > 0 ? announced : 60L * rate, MAX_INITIAL_SAMPLES));
            int bytesPerSample = bits / 8;
            int frameSize = channels * bytesPerSample;
            ByteData pcm = null;
            // Zero means the encoder did not know the length; then frames are read to the end.
            while (announced <= 0 || decoder.getSamplesDecoded() < announced) {
                Frame frame = decoder.readNextFrame();
                if (frame == null) {
                    break;
                }
                pcm = decoder.decodeFrame(frame, pcm);
                PcmToMono.append(pcm.getData(), pcm.getLen() / frameSize, channels, bytesPerSample, false, samples);
            }
            checkComplete(samples.size(), announced, rate);
            return new MonoTrack(samples.toArray(), rate);
        }
    }

    /** Reads the metadata blocks; jflac skips an ID3v2 tag in front of them. */
    private static StreamInfo readStreamInfo(FLACDecoder decoder) throws IOException, UnsupportedAudioFileException {
        try {
            decoder.readMetadata();
        } catch (EOFException e) {
            throw e;
        } catch (IOException e) {
            // jflac says "Could not find Stream Sync" when the file does not start as FLAC does.
            UnsupportedAudioFileException notFlac = new UnsupportedAudioFileException(e.getMessage());
            notFlac.initCause(e);
            throw notFlac;
        }
        StreamInfo info = decoder.getStreamInfo();
        if (info == null) {
            throw new UnsupportedAudioFileException("no STREAMINFO block");
        }
        return info;
    }

    private static void checkComplete(int decoded, long announced, int rate) {
        if (decoded == 0) {
            throw new DecodingException("no audio in this FLAC file: " + AudioDecoder.COPY_AGAIN);
        }
        if (announced > 0 && decoded < announced) {
            throw new DecodingException(String.format(
                    Locale.ROOT,
                    "truncated or damaged FLAC file: %.2f s of the %.2f s in its header could be decoded; %s",
                    decoded / (double) rate,
                    announced / (double) rate,
                    AudioDecoder.COPY_AGAIN));
        }
    }
}
