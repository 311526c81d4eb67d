package org.moomoo.jobs.embed.audio;

import com.github.trilarion.sound.vorbis.jcraft.jogg.Packet;
import com.github.trilarion.sound.vorbis.jcraft.jogg.Page;
import com.github.trilarion.sound.vorbis.jcraft.jogg.StreamState;
import com.github.trilarion.sound.vorbis.jcraft.jogg.SyncState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the packets of the Vorbis streams in an Ogg file, with JOrbis's Ogg layer. An Ogg file may
 * carry several logical streams at once (a Skeleton index, a video, Opus instead of Vorbis); each
 * starts with a beginning-of-stream page that holds its codec's identification header, and those
 * pages come before any other page. The first Vorbis one is read; the pages of the others are
 * skipped. A chained file (one such group after another) has a Vorbis stream in each group.
 *
 * <p>Bytes before the first page (a stray ID3 tag) are skipped, as libvorbis does. Once a page has
 * been read, bytes that are not a page with a valid checksum, or a page missing from the Vorbis
 * stream, mean the file is damaged. Not thread-safe; one reader per decoding.
 */
final class VorbisPacketReader {

    private static final int READ_BYTES = 1 << 16;

    private final InputStream in;
    private final SyncState sync = new SyncState();
    private final Page page = new Page();
    private StreamState stream;
    private final Packet packet = new Packet();
    private int serial;
    private boolean readPage;
    private boolean endOfFile;

    /**
     * Reads the beginning-of-stream pages up to the first Vorbis one.
     *
     * @throws NotVorbisException when the file holds no Vorbis stream
     * @throws DecodingException when it holds no Ogg page at all, or its first page is damaged
     */
    VorbisPacketReader(InputStream in) throws IOException, NotVorbisException {
        this.in = in;
        sync.init();
        String otherCodec = null;
        boolean sawStreamStart = false;
        while (true) {
            if (!nextPage(!readPage)) {
                if (!readPage) {
                    throw new DecodingException("not an Ogg file, or one cut short: it holds no whole Ogg page;"
                            + " re-encode it, or give it the extension of its real format");
                }
                throw new NotVorbisException(otherCodec);
            }
            if (page.bos() == 0) {
                if (!sawStreamStart) {
                    throw new DecodingException(
                            "damaged Ogg data (the first page of its stream is missing): " + AudioDecoder.REDO);
                }
                throw new NotVorbisException(otherCodec);
            }
            sawStreamStart = true;
            String codec = codecOf(page);
            if ("Vorbis".equals(codec)) {
                startStream();
                return;
            }
            if (otherCodec == null) {
                otherCodec = codec;
            }
        }
    }

    /**
     * Moves on to the Vorbis stream chained after the one that has ended, if any; its packets
     * follow from {@link #next}. Bytes that are not pages are skipped here: taggers append ID3v1
     * and APE tags to Ogg files too.
     *
     * @return false when the file ends first
     */
    boolean nextStream() throws IOException {
        while (nextPage(true)) {
            if (page.bos() != 0 && "Vorbis".equals(codecOf(page))) {
                startStream();
                return true;
            }
        }
        return false;
    }

    /** The next packet of the Vorbis stream, or null at the end of the file; the packet is reused. */
    Packet next() throws IOException {
        while (true) {
            int result = stream.packetout(packet);
            if (result == 1) {
                return packet;
            }
            if (result < 0) {
                throw new DecodingException("damaged Ogg Vorbis data (a page is missing): " + AudioDecoder.REDO);
            }
            if (!nextPage(false)) {
                return null;
            }
            if (page.serialno() == serial) {
                stream.pagein(page);
            }
        }
    }

    /** Whether the file ended inside a page, which is what a file cut short does. */
    boolean endedInsidePage() {
        return endOfFile && sync.getBufferOffset() > sync.getDataOffset();
    }

    /** Starts the stream of the beginning-of-stream page in {@link #page}. */
    private void startStream() {
        // A new state each time: init(serial) on a used one leaves its page counter as it was,
        // and the next stream's first page then looks like a gap.
        serial = page.serialno();
        stream = new StreamState();
        stream.init(serial);
        stream.pagein(page);
    }

    /** Reads the next whole page into {@link #page}; false at the end of the file. */
    private boolean nextPage(boolean skipJunk) throws IOException {
        while (true) {
            int result = sync.pageout(page);
            if (result == 1) {
                readPage = true;
                return true;
            }
            if (result < 0 && !skipJunk) {
                throw new DecodingException(
                        "damaged Ogg data (bytes that are not a valid Ogg page): " + AudioDecoder.REDO);
            }
            if (result == 0) {
                if (endOfFile) {
                    return false;
                }
                int offset = sync.buffer(READ_BYTES);
                int read = in.read(sync.data, offset, READ_BYTES);
                if (read < 0) {
                    endOfFile = true;
                } else {
                    sync.wrote(read);
                }
            }
        }
    }

    /**
     * The codec of a beginning-of-stream page, from the magic bytes its identification header starts
     * with; null for the streams that carry no audio (Skeleton, Theora) and unknown codecs.
     */
    private static String codecOf(Page page) {
        if (startsWith(page, "\u0001vorbis")) {
            return "Vorbis";
        }
        if (startsWith(page, "OpusHead")) {
            return "Opus";
        }
        if (startsWith(page, "\u007fFLAC")) {
            return "FLAC";
        }
        if (startsWith(page, "Speex   ")) {
            return "Speex";
        }
        return null;
    }

    private static boolean startsWith(Page page, String magic) {
        byte[] expected = magic.getBytes(StandardCharsets.ISO_8859_1);
        if (page.body_len < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (page.body_base[page.body + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
