package org.moomoo.jobs.localfiles;

/** Reads the little-endian numbers of Ogg page headers and Opus headers from a byte array. */
final class LittleEndian {

    private LittleEndian() {}

    /** The unsigned 16-bit number at {@code at}. */
    static int uint16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    /** The unsigned 32-bit number at {@code at}. */
    static long uint32(byte[] bytes, int at) {
        return uint16(bytes, at) | (long) uint16(bytes, at + 2) << 16;
    }

    /** The signed 64-bit number at {@code at}. */
    static long int64(byte[] bytes, int at) {
        return uint32(bytes, at) | uint32(bytes, at + 4) << 32;
    }
}
