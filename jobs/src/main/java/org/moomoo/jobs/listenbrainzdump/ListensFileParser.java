package org.moomoo.jobs.listenbrainzdump;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the lines of a {@code .listens} file of a ListenBrainz dump (JSON Lines, one listen a
 * line) into listen counts (spec/ingest.md 5.10, "Line parsing"): {@code user_id} and the artist
 * MBIDs of {@code track_metadata.additional_info}, nothing else.
 *
 * <p>Each line first goes through a scanner over its UTF-8 bytes that checks the whole line is
 * strict JSON while reading only those fields, without building a token or a string: a dump is
 * gigabytes of JSON, and a general parser spent most of its time on the names and values of fields
 * nobody reads. The scanner accepts only what it is sure of; anything else (an escaped name, a
 * repeated field of interest, an error of any kind) sends the line to Jackson's streaming parser,
 * which decides as it always did and words the failure. So a line gives the same pairs, or the
 * same error, whichever path read it.
 *
 * <p>One instance per thread: it keeps the current line's state in fields.
 */
final class ListensFileParser {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private static final byte[] USER_ID = ascii("user_id");
    private static final byte[] TRACK_METADATA = ascii("track_metadata");
    private static final byte[] ADDITIONAL_INFO = ascii("additional_info");
    private static final byte[] ARTIST_MBIDS = ascii("artist_mbids");
    private static final byte[] ARTIST_MBID = ascii("artist_mbid");

    // What a byte inside a string is to the scanner.
    private static final byte PLAIN = 0;
    private static final byte QUOTE = 1;
    private static final byte BACKSLASH = 2;
    private static final byte CONTROL = 3;
    private static final byte MULTI_BYTE = 4;
    private static final byte[] STRING_BYTE = new byte[256];

    // Eight bytes read as one long, and the masks that find a byte of interest among them.
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long SPACES = 0x2020_2020_2020_2020L;
    private static final long QUOTES = 0x2222_2222_2222_2222L;
    private static final long BACKSLASHES = 0x5C5C_5C5C_5C5C_5C5CL;
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    // Well inside Jackson's default limits: what the scanner accepts, Jackson must accept too.
    private static final int MAX_DEPTH = 32;
    private static final int MAX_NUMBER_LENGTH = 100;
    private static final int MAX_STRING_LENGTH = 1 << 20;

    private static final int STREAM_BLOCK = 1 << 20;

    static {
        for (int c = 0; c < 0x20; c++) {
            STRING_BYTE[c] = CONTROL;
        }
        STRING_BYTE['"'] = QUOTE;
        STRING_BYTE['\\'] = BACKSLASH;
        for (int c = 0x80; c < 0x100; c++) {
            STRING_BYTE[c] = MULTI_BYTE;
        }
    }

    /** A malformed line, numbered within the block that held it. */
    static final class MalformedLineException extends RuntimeException {
        final int line;

        MalformedLineException(int line, String reason, Throwable cause) {
            super(reason, cause, false, false);
            this.line = line;
        }
    }

    // The block being read and the end of its bytes.
    private byte[] b;
    private int end;

    // The string the scanner last passed: whether it held an escape or a non-ASCII byte.
    private boolean escaped;
    private boolean multiByte;

    // Whether track_metadata held additional_info; where the container afterMember saw closing ends.
    private boolean infoFound;
    private int closedAt;

    // The current line: its user id and artists (MBID halves, in line order).
    private int userId;
    private long[] artistHigh = new long[8];
    private long[] artistLow = new long[8];
    private int artistCount;
    private long fallbacks;

    /**
     * Adds every listen of the stream {@code listens} to {@code counts}, in blocks of whole lines.
     *
     * @param name the file's name in the archive, for the failure message
     * @return the number of listens (lines holding a listen) read
     * @throws MalformedDumpException for a line that is no JSON object or lacks {@code user_id} or
     *     {@code track_metadata.additional_info}, naming the file and the line
     */
    long parse(String name, InputStream listens, ListenCounts counts) {
        byte[] block = new byte[STREAM_BLOCK];
        int kept = 0;
        long lines = 0;
        long read = 0;
        try {
            while (true) {
                int n = listens.readNBytes(block, kept, block.length - kept);
                int length = kept + n;
                boolean last = length < block.length;
                int whole = last ? length : lastLineEnd(block, length);
                if (whole == 0) {
                    block = Arrays.copyOf(block, block.length * 2);
                    kept = length;
                    continue;
                }
                try {
                    long[] done = parseBlock(block, whole, counts);
                    read += done[1];
                    lines += done[0];
                } catch (MalformedLineException e) {
                    throw new MalformedDumpException(name + " line " + (lines + e.line) + ": " + e.getMessage(), e);
                }
                if (last) {
                    return read;
                }
                System.arraycopy(block, whole, block, 0, length - whole);
                kept = length - whole;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The length of the whole lines among the first {@code length} bytes: up to the last newline. */
    static int lastLineEnd(byte[] bytes, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    /** How many listens took Jackson's path instead of the scanner's, since this parser was made. */
    long fallbacks() {
        return fallbacks;
    }

    /**
     * Adds the listens of the lines in the first {@code length} bytes of {@code bytes} to
     * {@code counts}; the last line may lack its newline.
     *
     * @return the number of lines (blank ones included) and of listens read, in that order
     * @throws MalformedLineException for the first malformed line, numbered from 1 in the block
     */
    long[] parseBlock(byte[] bytes, int length, ListenCounts counts) {
        b = bytes;
        end = length;
        int line = 0;
        long listens = 0;
        int p = 0;
        while (p < end) {
            line++;
            int start = whitespace(p);
            if (start == end) {
                break;
            }
            if (b[start] == '\n') {
                p = start + 1;
                continue;
            }
            int next = b[start] == '{' ? scanListen(start) : -1;
            if (next < 0) {
                fallbacks++;
                next = parseWithJackson(p, line);
                if (next < 0) {
                    // Only a byte-order mark or the like: no listen on the line.
                    p = -next;
                    continue;
                }
            }
            for (int i = 0; i < artistCount; i++) {
                counts.add(userId, artistHigh[i], artistLow[i]);
            }
            listens++;
            p = next;
        }
        b = null;
        return new long[] {line, listens};
    }

    // ---------------------------------------------------------------------------------------------
    // The scanner. Every method returns the position after what it read, or -1 to hand the line over.

    /** A listen object starting at {@code p} and its line's end; the position after its newline. */
    private int scanListen(int p) {
        userId = -1;
        artistCount = 0;
        boolean hasTrack = false;
        boolean hasInfo = false;
        p = whitespace(p + 1);
        if (p >= end || b[p] != '"') {
            return -1;
        }
        while (true) {
            int name = p + 1;
            p = string(p);
            if (p < 0 || escaped) {
                return -1; // an escaped name may spell one of ours
            }
            int nameEnd = p - 1;
            p = colon(p);
            if (p < 0) {
                return -1;
            }
            if (is(name, nameEnd, USER_ID)) {
                if (userId >= 0) {
                    return -1;
                }
                p = userId(p);
            } else if (is(name, nameEnd, TRACK_METADATA)) {
                if (hasTrack) {
                    return -1;
                }
                hasTrack = true;
                if (b[p] == '{') {
                    p = trackMetadata(p);
                    hasInfo = p >= 0 && infoFound;
                } else {
                    p = value(p, 1);
                }
            } else {
                p = value(p, 1);
            }
            if (p < 0) {
                return -1;
            }
            p = whitespace(p);
            if (p >= end) {
                return -1;
            }
            if (b[p] == ',') {
                p = whitespace(p + 1);
                if (p >= end || b[p] != '"') {
                    return -1;
                }
            } else if (b[p] == '}') {
                break;
            } else {
                return -1;
            }
        }
        if (userId < 0 || !hasInfo) {
            return -1; // Jackson words the error
        }
        p = whitespace(p + 1);
        if (p == end) {
            return end;
        }
        return b[p] == '\n' ? p + 1 : -1;
    }

    private int trackMetadata(int p) {
        infoFound = false;
        p = whitespace(p + 1);
        if (p < end && b[p] == '}') {
            return p + 1;
        }
        while (true) {
            if (p >= end || b[p] != '"') {
                return -1;
            }
            int name = p + 1;
            p = string(p);
            if (p < 0 || escaped) {
                return -1;
            }
            int nameEnd = p - 1;
            p = colon(p);
            if (p < 0) {
                return -1;
            }
            if (is(name, nameEnd, ADDITIONAL_INFO)) {
                if (infoFound) {
                    return -1;
                }
                if (b[p] == '{') {
                    infoFound = true;
                    p = additionalInfo(p);
                } else {
                    // Not an object: Jackson's path would skip it too, but let it decide.
                    return -1;
                }
            } else {
                p = value(p, 2);
            }
            p = afterMember(p, '}');
            if (p <= 0) {
                return p < 0 ? -1 : closedAt;
            }
        }
    }

    /**
     * After a member's value at {@code p} (-1 passes through): the next member's position after a
     * comma, or 0 when {@code close} ends the container (the position after it in
     * {@link #closedAt}), or -1 to hand over.
     */
    private int afterMember(int p, char close) {
        if (p < 0) {
            return -1;
        }
        p = whitespace(p);
        if (p >= end) {
            return -1;
        }
        if (b[p] == ',') {
            p = whitespace(p + 1);
            return p < end ? p : -1;
        }
        if (b[p] == close) {
            closedAt = p + 1;
            return 0;
        }
        return -1;
    }

    private int additionalInfo(int p) {
        int fromList = 0;
        boolean listSeen = false;
        boolean singleSeen = false;
        int singleStart = -1;
        int singleEnd = -1;
        boolean singleMultiByte = false;
        p = whitespace(p + 1);
        if (p < end && b[p] == '}') {
            return p + 1;
        }
        while (true) {
            if (p >= end || b[p] != '"') {
                return -1;
            }
            int name = p + 1;
            p = string(p);
            if (p < 0 || escaped) {
                return -1;
            }
            int nameEnd = p - 1;
            p = colon(p);
            if (p < 0) {
                return -1;
            }
            if (is(name, nameEnd, ARTIST_MBIDS)) {
                if (listSeen || b[p] != '[') {
                    return -1;
                }
                listSeen = true;
                p = whitespace(p + 1);
                if (p < end && b[p] == ']') {
                    p++;
                } else {
                    while (true) {
                        if (p >= end) {
                            return -1;
                        }
                        if (b[p] == '"') {
                            int start = p + 1;
                            p = string(p);
                            if (p < 0 || escaped) {
                                return -1;
                            }
                            keep(start, p - 1, multiByte);
                        } else {
                            // A non-string element counts as given (the list is not empty) but names no artist.
                            p = value(p, 4);
                            if (p < 0) {
                                return -1;
                            }
                        }
                        fromList++;
                        p = whitespace(p);
                        if (p >= end) {
                            return -1;
                        }
                        if (b[p] == ']') {
                            p++;
                            break;
                        }
                        if (b[p] != ',') {
                            return -1;
                        }
                        p = whitespace(p + 1);
                    }
                }
            } else if (is(name, nameEnd, ARTIST_MBID)) {
                if (singleSeen || b[p] != '"') {
                    return -1;
                }
                singleSeen = true;
                singleStart = p + 1;
                p = string(p);
                if (p < 0 || escaped) {
                    return -1;
                }
                singleEnd = p - 1;
                singleMultiByte = multiByte;
            } else {
                p = value(p, 3);
            }
            p = afterMember(p, '}');
            if (p < 0) {
                return -1;
            }
            if (p == 0) {
                if (fromList == 0) {
                    artistCount = 0;
                    if (singleSeen && singleEnd > singleStart) {
                        keep(singleStart, singleEnd, singleMultiByte);
                    }
                }
                return closedAt;
            }
        }
    }

    /** Adds the MBID spelled by bytes {@code from .. to - 1} to the line's artists; drops a non-UUID. */
    private void keep(int from, int to, boolean nonAscii) {
        long high = 0;
        long low = 0;
        if (to - from == 36 && !nonAscii && canonicalHex(from)) {
            for (int i = 0, digits = 0; i < 36; i++) {
                if (i == 8 || i == 13 || i == 18 || i == 23) {
                    continue;
                }
                int value = hex(b[from + i]);
                if (digits++ < 16) {
                    high = high << 4 | value;
                } else {
                    low = low << 4 | value;
                }
            }
        } else {
            UUID uuid = LenientUuid.parse(new String(b, from, to - from, StandardCharsets.UTF_8));
            if (uuid == null) {
                return;
            }
            high = uuid.getMostSignificantBits();
            low = uuid.getLeastSignificantBits();
        }
        addArtist(high, low);
    }

    private boolean canonicalHex(int from) {
        for (int i = 0; i < 36; i++) {
            byte c = b[from + i];
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return false;
                }
            } else if (hex(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** A non-negative integer of at most 9 digits (so it fits an int); anything else is Jackson's. */
    private int userId(int p) {
        int value = 0;
        int digits = 0;
        while (p < end && b[p] >= '0' && b[p] <= '9') {
            value = value * 10 + (b[p] - '0');
            digits++;
            p++;
        }
        if (digits == 0 || digits > 9 || (digits > 1 && b[p - digits] == '0')) {
            return -1;
        }
        if (p < end && (b[p] == '.' || b[p] == 'e' || b[p] == 'E')) {
            return -1;
        }
        userId = value;
        return p;
    }

    /** Any JSON value at {@code p}, read to its end. */
    private int value(int p, int depth) {
        if (p >= end) {
            return -1;
        }
        switch (b[p]) {
            case '"':
                return string(p);
            case '{':
                return object(p, depth + 1);
            case '[':
                return array(p, depth + 1);
            case 't':
                return literal(p, "true");
            case 'f':
                return literal(p, "false");
            case 'n':
                return literal(p, "null");
            default:
                return number(p);
        }
    }

    private int object(int p, int depth) {
        if (depth > MAX_DEPTH) {
            return -1;
        }
        p = whitespace(p + 1);
        if (p < end && b[p] == '}') {
            return p + 1;
        }
        while (true) {
            if (p >= end || b[p] != '"') {
                return -1;
            }
            p = colon(string(p));
            if (p < 0) {
                return -1;
            }
            p = afterMember(value(p, depth), '}');
            if (p <= 0) {
                return p < 0 ? -1 : closedAt;
            }
        }
    }

    private int array(int p, int depth) {
        if (depth > MAX_DEPTH) {
            return -1;
        }
        p = whitespace(p + 1);
        if (p < end && b[p] == ']') {
            return p + 1;
        }
        while (true) {
            p = afterMember(value(p, depth), ']');
            if (p <= 0) {
                return p < 0 ? -1 : closedAt;
            }
        }
    }

    /** After a name's closing quote: optional spaces, the colon, optional spaces; the value's position. */
    private int colon(int p) {
        if (p < 0) {
            return -1;
        }
        p = whitespace(p);
        if (p >= end || b[p] != ':') {
            return -1;
        }
        p = whitespace(p + 1);
        return p < end ? p : -1;
    }

    private int literal(int p, String word) {
        if (p + word.length() > end) {
            return -1;
        }
        for (int i = 0; i < word.length(); i++) {
            if (b[p + i] != word.charAt(i)) {
                return -1;
            }
        }
        return p + word.length();
    }

    /** JSON's number grammar exactly: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
    private int number(int p) {
        int start = p;
        if (p < end && b[p] == '-') {
            p++;
        }
        if (p >= end) {
            return -1;
        }
        if (b[p] == '0') {
            p++;
        } else if (b[p] >= '1' && b[p] <= '9') {
            p = digits(p);
        } else {
            return -1;
        }
        if (p < end && b[p] == '.') {
            int after = digits(p + 1);
            if (after == p + 1) {
                return -1;
            }
            p = after;
        }
        if (p < end && (b[p] == 'e' || b[p] == 'E')) {
            p++;
            if (p < end && (b[p] == '+' || b[p] == '-')) {
                p++;
            }
            int after = digits(p);
            if (after == p) {
                return -1;
            }
            p = after;
        }
        return p - start > MAX_NUMBER_LENGTH ? -1 : p;
    }

    private int digits(int p) {
        while (p < end && b[p] >= '0' && b[p] <= '9') {
            p++;
        }
        return p;
    }

    /**
     * A string starting with its quote at {@code p}: valid escapes, no control character, valid
     * UTF-8. Notes in {@link #escaped} and {@link #multiByte} what it held.
     */
    private int string(int p) {
        int start = p;
        escaped = false;
        multiByte = false;
        p++;
        while (p < end) {
            if (p + 8 <= end) {
                // Eight bytes at a time while none of them is a quote, a backslash, a control or a non-ASCII byte.
                long x = (long) LONGS.get(b, p);
                long quote = x ^ QUOTES;
                long backslash = x ^ BACKSLASHES;
                long special =
                        (((quote - ONES) & ~quote) | ((backslash - ONES) & ~backslash) | (x - SPACES) | x) & HIGH_BITS;
                if (special == 0) {
                    p += 8;
                    continue;
                }
                // The lowest flagged byte is a true hit: the bytes before it are plain.
                p += Long.numberOfTrailingZeros(special) >>> 3;
            }
            int c = b[p] & 0xFF;
            switch (STRING_BYTE[c]) {
                case PLAIN:
                    p++;
                    break;
                case QUOTE:
                    return p - start > MAX_STRING_LENGTH ? -1 : p + 1;
                case BACKSLASH:
                    escaped = true;
                    p = escape(p);
                    if (p < 0) {
                        return -1;
                    }
                    break;
                case MULTI_BYTE:
                    multiByte = true;
                    p = utf8(p, c);
                    if (p < 0) {
                        return -1;
                    }
                    break;
                default:
                    return -1;
            }
        }
        return -1;
    }

    private int escape(int p) {
        if (p + 1 >= end) {
            return -1;
        }
        switch (b[p + 1]) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
                return p + 2;
            case 'u':
                if (p + 5 >= end) {
                    return -1;
                }
                for (int i = 2; i < 6; i++) {
                    if (hex(b[p + i]) < 0) {
                        return -1;
                    }
                }
                return p + 6;
            default:
                return -1;
        }
    }

    /** A UTF-8 sequence led by {@code c}, strictly (no overlong forms, surrogates or values past U+10FFFF). */
    private int utf8(int p, int c) {
        int length;
        int secondLow = 0x80;
        int secondHigh = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0) {
                secondLow = 0xA0;
            } else if (c == 0xED) {
                secondHigh = 0x9F;
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0) {
                secondLow = 0x90;
            } else if (c == 0xF4) {
                secondHigh = 0x8F;
            }
        } else {
            return -1;
        }
        if (p + length > end) {
            return -1;
        }
        int second = b[p + 1] & 0xFF;
        if (second < secondLow || second > secondHigh) {
            return -1;
        }
        for (int i = 2; i < length; i++) {
            if ((b[p + i] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return p + length;
    }

    /** Spaces, tabs and carriage returns: a newline ends the line, so it is not skipped. */
    private int whitespace(int p) {
        while (p < end && (b[p] == ' ' || b[p] == '\t' || b[p] == '\r')) {
            p++;
        }
        return p;
    }

    private boolean is(int from, int to, byte[] name) {
        if (to - from != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (b[from + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    private void addArtist(long high, long low) {
        if (artistCount == artistHigh.length) {
            artistHigh = Arrays.copyOf(artistHigh, artistCount * 2);
            artistLow = Arrays.copyOf(artistLow, artistCount * 2);
        }
        artistHigh[artistCount] = high;
        artistLow[artistCount] = low;
        artistCount++;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    // ---------------------------------------------------------------------------------------------
    // Jackson's path, for every line the scanner handed over.

    /**
     * Reads the line starting at {@code from} with Jackson; leaves its listen in {@link #userId} and
     * the artists. Returns the position after the line, or minus that when the line held no value.
     */
    private int parseWithJackson(int from, int line) {
        int lineEnd = from;
        while (lineEnd < end && b[lineEnd] != '\n') {
            lineEnd++;
        }
        int next = lineEnd < end ? lineEnd + 1 : end;
        userId = -1;
        artistCount = 0;
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), b, from, lineEnd - from)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return -next;
            }
            if (token != JsonToken.START_OBJECT) {
                throw new MalformedLineException(line, "not a JSON object", null);
            }
            listen(parser, line);
            if (parser.nextToken() != null) {
                throw new MalformedLineException(line, "more than one JSON value on the line", null);
            }
        } catch (JacksonException e) {
            throw new MalformedLineException(line, "malformed JSON (" + e.getOriginalMessage() + ")", e);
        }
        return next;
    }

    /** Reads one listen object, the parser on its START_OBJECT. */
    private void listen(JsonParser parser, int line) {
        boolean hasUser = false;
        boolean hasInfo = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("user_id")) {
                if (value != JsonToken.VALUE_NUMBER_INT) {
                    throw new MalformedLineException(line, "user_id is not an integer", null);
                }
                userId = parser.getIntValue();
                hasUser = true;
            } else if (field.equals("track_metadata") && value == JsonToken.START_OBJECT) {
                hasInfo |= trackMetadata(parser);
            } else {
                parser.skipChildren();
            }
        }
        if (!hasUser) {
            throw new MalformedLineException(line, "no user_id", null);
        }
        if (userId < 0) {
            throw new MalformedLineException(line, "user_id " + userId + " is negative", null);
        }
        if (!hasInfo) {
            throw new MalformedLineException(line, "no track_metadata.additional_info", null);
        }
    }

    /** Reads track_metadata, the parser on its START_OBJECT; whether it had an additional_info object. */
    private boolean trackMetadata(JsonParser parser) {
        boolean hasInfo = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("additional_info") && value == JsonToken.START_OBJECT) {
                additionalInfo(parser);
                hasInfo = true;
            } else {
                parser.skipChildren();
            }
        }
        return hasInfo;
    }

    /** artist_mbids when it is a non-empty list, else artist_mbid when it is a non-empty string. */
    private void additionalInfo(JsonParser parser) {
        int fromList = 0;
        UUID single = null;
        boolean singleGiven = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("artist_mbids") && value == JsonToken.START_ARRAY) {
                fromList = 0;
                artistCount = 0;
                while ((value = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (value == JsonToken.VALUE_STRING) {
                        UUID artist = uuid(parser);
                        fromList++;
                        if (artist != null) {
                            addArtist(artist.getMostSignificantBits(), artist.getLeastSignificantBits());
                        }
                    } else {
                        // A non-string element counts as given (the list is not empty) but names no artist.
                        fromList++;
                        parser.skipChildren();
                    }
                }
            } else if (field.equals("artist_mbid") && value == JsonToken.VALUE_STRING) {
                singleGiven = parser.getStringLength() > 0;
                single = singleGiven ? uuid(parser) : null;
            } else {
                parser.skipChildren();
            }
        }
        if (fromList == 0) {
            artistCount = 0;
            if (singleGiven && single != null) {
                addArtist(single.getMostSignificantBits(), single.getLeastSignificantBits());
            }
        }
    }

    private static UUID uuid(JsonParser parser) {
        return LenientUuid.parse(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
    }
}
