package org.moomoo.jobs.embed.mert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A tiny stand-in for MERT with the same input and output contract: {@code input_values} float
 * [1, N] -> Unsqueeze -> Conv (1 -> D channels, kernel 400, stride 320, with bias) -> Tanh ->
 * Transpose -> {@code last_hidden_state} float [1, T, D], T = (N - 400) / 320 + 1. Its weights come
 * from a seeded {@link Random}, and {@link #hidden} computes the same thing in plain Java so that a
 * test can check what ONNX Runtime returns.
 *
 * <p>The model is written as ONNX protobuf by hand (IR version 8, opset 17), so tests need nothing
 * but Java.
 */
public final class TinyOnnxModel {

    static final int KERNEL = 400;
    static final int STRIDE = 320;

    private static final int IR_VERSION = 8;
    private static final int OPSET = 17;
    private static final int FLOAT = 1;
    private static final int INT64 = 7;
    private static final int ATTRIBUTE_INTS = 7;

    private final float[][] weights;
    private final float[] bias;

    public TinyOnnxModel(int channels, long seed) {
        Random random = new Random(seed);
        // Scaled so that a unit-variance input gives pre-activations near unit variance:
        // tanh then neither saturates nor stays linear.
        double weightScale = 1.0 / Math.sqrt(KERNEL);
        weights = new float[channels][KERNEL];
        bias = new float[channels];
        for (int c = 0; c < channels; c++) {
            for (int k = 0; k < KERNEL; k++) {
                weights[c][k] = (float) (random.nextGaussian() * weightScale);
            }
            bias[c] = (float) (random.nextGaussian() * 0.1);
        }
    }

    int channels() {
        return bias.length;
    }

    /** Writes the model with the MERT contract: input [1, samples]. */
    public void write(Path file) throws IOException {
        Files.write(file, model(true));
    }

    /** Writes the same model taking input [1, 1, samples], which breaks the MERT contract. */
    void writeTakingThreeDimensionalInput(Path file) throws IOException {
        Files.write(file, model(false));
    }

    /** The hidden states [T][D] the model computes for {@code input}, in plain Java. */
    float[][] hidden(float[] input) {
        int frames = (input.length - KERNEL) / STRIDE + 1;
        float[][] hidden = new float[frames][channels()];
        for (int t = 0; t < frames; t++) {
            for (int c = 0; c < channels(); c++) {
                double sum = bias[c];
                for (int k = 0; k < KERNEL; k++) {
                    sum += (double) weights[c][k] * input[t * STRIDE + k];
                }
                hidden[t][c] = (float) Math.tanh(sum);
            }
        }
        return hidden;
    }

    /** The mean of {@link #hidden} over the frames: what the embedder should return. */
    public float[] meanHidden(float[] input) {
        float[][] hidden = hidden(input);
        float[] mean = new float[channels()];
        for (int c = 0; c < channels(); c++) {
            double sum = 0;
            for (float[] frame : hidden) {
                sum += frame[c];
            }
            mean[c] = (float) (sum / hidden.length);
        }
        return mean;
    }

    private byte[] model(boolean takesTwoDimensionalInput) {
        ProtobufWriter graph = new ProtobufWriter();
        String convInput = "input_values";
        if (takesTwoDimensionalInput) {
            graph.message(1, node("Unsqueeze", new String[] {"input_values", "axes"}, "waveform"));
            convInput = "waveform";
        }
        graph.message(
                        1,
                        node("Conv", new String[] {convInput, "weight", "bias"}, "features")
                                .message(5, intsAttribute("kernel_shape", KERNEL))
                                .message(5, intsAttribute("strides", STRIDE)))
                .message(1, node("Tanh", new String[] {"features"}, "activated"))
                .message(
                        1,
                        node("Transpose", new String[] {"activated"}, "last_hidden_state")
                                .message(5, intsAttribute("perm", 0, 2, 1)))
                .string(2, "tiny_mert");
        if (takesTwoDimensionalInput) {
            graph.message(5, longTensor("axes", 1));
        }
        graph.message(5, floatTensor("weight", flatWeights(), channels(), 1, KERNEL))
                .message(5, floatTensor("bias", bias, channels()));
        if (takesTwoDimensionalInput) {
            graph.message(11, tensorValue("input_values", "1", "samples"));
        } else {
            graph.message(11, tensorValue("input_values", "1", "1", "samples"));
        }
        graph.message(12, tensorValue("last_hidden_state", "1", "frames", Integer.toString(channels())));

        return new ProtobufWriter()
                .varint(1, IR_VERSION)
                .string(2, "moomoo-tests")
                .message(7, graph)
                .message(8, new ProtobufWriter().string(1, "").varint(2, OPSET))
                .toByteArray();
    }

    private float[] flatWeights() {
        float[] flat = new float[channels() * KERNEL];
        for (int c = 0; c < channels(); c++) {
            System.arraycopy(weights[c], 0, flat, c * KERNEL, KERNEL);
        }
        return flat;
    }

    private static ProtobufWriter node(String opType, String[] inputs, String output) {
        ProtobufWriter node = new ProtobufWriter();
        for (String input : inputs) {
            node.string(1, input);
        }
        return node.string(2, output).string(3, opType.toLowerCase()).string(4, opType);
    }

    private static ProtobufWriter intsAttribute(String name, long... values) {
        return new ProtobufWriter().string(1, name).packedLongs(8, values).varint(20, ATTRIBUTE_INTS);
    }

    private static ProtobufWriter floatTensor(String name, float[] values, long... dims) {
        return new ProtobufWriter()
                .packedLongs(1, dims)
                .varint(2, FLOAT)
                .packedFloats(4, values)
                .string(8, name);
    }

    private static ProtobufWriter longTensor(String name, long... values) {
        return new ProtobufWriter()
                .packedLongs(1, values.length)
                .varint(2, INT64)
                .packedLongs(7, values)
                .string(8, name);
    }

    /** A float tensor's name and shape; a dimension that is not a number is symbolic (dynamic). */
    private static ProtobufWriter tensorValue(String name, String... dims) {
        ProtobufWriter shape = new ProtobufWriter();
        for (String dim : dims) {
            ProtobufWriter dimension = new ProtobufWriter();
            if (dim.chars().allMatch(Character::isDigit)) {
                dimension.varint(1, Long.parseLong(dim));
            } else {
                dimension.string(2, dim);
            }
            shape.message(1, dimension);
        }
        ProtobufWriter tensorType = new ProtobufWriter().varint(1, FLOAT).message(2, shape);
        return new ProtobufWriter().string(1, name).message(2, new ProtobufWriter().message(1, tensorType));
    }
}
