package org.moomoo.testsupport.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes mono 16-bit PCM WAV files, which every browser plays: audio for the web page's tests. */
public final class WavFile {

    private WavFile() {}

    /** Writes {@code samples} (-1 to 1) at {@code rate} Hz to {@code file}, creating its folder. */
    public static Path write(Path file, float[] samples, int rate) throws IOException {
        int dataBytes = samples.length * 2;
        ByteBuffer bytes = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes);
        bytes.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
        bytes.putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2);
        bytes.putShort((short) 2).putShort((short) 16);
        bytes.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
        for (float sample : samples) {
            bytes.putShort((short) Math.round(Math.max(-1, Math.min(1, sample)) * Short.MAX_VALUE));
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.write(file, bytes.array());
        return file;
    }

    /** A tone of {@code frequency} Hz lasting {@code seconds}, at 8 kHz. */
    public static Path tone(Path file, double frequency, double seconds) throws IOException {
        int rate = 8000;
        return write(file, SineWave.of(frequency, 0.3, rate, seconds), rate);
    }
}
