package org.moomoo.jobs.embed.mert;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes one protobuf message in the wire format, field by field, so that a test can build an
 * ONNX model without the protobuf library or Python. Only the field kinds ONNX models need are
 * here: varints, length-delimited bytes (strings and nested messages) and packed floats and longs.
 */
final class ProtobufWriter {

    private static final int VARINT = 0;
    private static final int LENGTH_DELIMITED = 2;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    ProtobufWriter varint(int field, long value) {
        tag(field, VARINT);
        writeVarint(value);
        return this;
    }

    ProtobufWriter string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    ProtobufWriter message(int field, ProtobufWriter message) {
        return bytes(field, message.toByteArray());
    }

    /** A repeated float field in packed form: one length, then 4 little-endian bytes per value. */
    ProtobufWriter packedFloats(int field, float[] values) {
        byte[] packed = new byte[values.length * 4];
        for (int i = 0; i < values.length; i++) {
            int bits = Float.floatToIntBits(values[i]);
            packed[4 * i] = (byte) bits;
            packed[4 * i + 1] = (byte) (bits >>> 8);
            packed[4 * i + 2] = (byte) (bits >>> 16);
            packed[4 * i + 3] = (byte) (bits >>> 24);
        }
        return bytes(field, packed);
    }

    /** A repeated int64 field in packed form: one length, then a varint per value. */
    ProtobufWriter packedLongs(int field, long... values) {
        ProtobufWriter packed = new ProtobufWriter();
        for (long value : values) {
            packed.writeVarint(value);
        }
        return bytes(field, packed.toByteArray());
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    private ProtobufWriter bytes(int field, byte[] value) {
        tag(field, LENGTH_DELIMITED);
        writeVarint(value.length);
        out.writeBytes(value);
        return this;
    }

    private void tag(int field, int wireType) {
        writeVarint(((long) field << 3) | wireType);
    }

    // Seven bits per byte, low bits first; negative longs take ten bytes, as protobuf requires.
    private void writeVarint(long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }
}
