package org.moomoo.jobs.embed.mert;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import ai.onnxruntime.ValueInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@link MertEmbedder} needs from an ONNX export, checked once when the model is loaded so
 * that a wrong file fails the job at the start instead of failing every track.
 *
 * <p>The model must take exactly one float input [1, samples] with a dynamic samples dimension
 * (windows differ in length), and give a float output [1, frames, D] with a fixed D, the last
 * hidden state. The input may have any name (the export steps call it {@code input_values}); the
 * output is the one named {@code last_hidden_state}, else the first.
 *
 * @param inputName the input the window is fed to
 * @param outputName the output averaged into the vector
 * @param dimension D, the length of the vector
 */
record ModelContract(String inputName, String outputName, int dimension) {

    static final String OUTPUT_NAME = "last_hidden_state";

    /**
     * The contract of a loaded model.
     *
     * @throws IllegalArgumentException when the model's input or output does not fit
     */
    static ModelContract of(OrtSession session, Path model) throws OrtException {
        Map<String, NodeInfo> inputs = session.getInputInfo();
        Map<String, NodeInfo> outputs = session.getOutputInfo();
        if (inputs.size() != 1) {
            // Every input without a default must be fed, and the window is all there is to feed.
            throw new IllegalArgumentException(refusal(model, "one input [1, samples]", "inputs " + inputs.keySet()));
        }
        NodeInfo input = inputs.values().iterator().next();
        TensorInfo inputTensor = floatTensorOrNull(input.getInfo());
        long[] inputShape = inputTensor == null ? new long[0] : inputTensor.getShape();
        if (inputTensor == null || inputShape.length != 2 || !isOneOrDynamic(inputShape[0])) {
            throw new IllegalArgumentException(refusal(model, "input float [1, samples]", describe(input)));
        }
        if (inputShape[1] > 0) {
            throw new IllegalArgumentException(refusal(
                    model,
                    "input float [1, samples] with any number of" + " samples (a dynamic axis)",
                    describe(input)));
        }

        NodeInfo output = outputs.containsKey(OUTPUT_NAME)
                ? outputs.get(OUTPUT_NAME)
                : outputs.values().iterator().next();
        TensorInfo outputTensor = floatTensorOrNull(output.getInfo());
        long[] outputShape = outputTensor == null ? new long[0] : outputTensor.getShape();
        if (outputTensor == null
                || outputShape.length != 3
                || !isOneOrDynamic(outputShape[0])
                || outputShape[2] <= 0
                || outputShape[2] > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    refusal(model, "output float [1, frames, D] (the last hidden state, D fixed)", describe(output)));
        }
        return new ModelContract(input.getName(), output.getName(), (int) outputShape[2]);
    }

    private static TensorInfo floatTensorOrNull(ValueInfo info) {
        if (info instanceof TensorInfo tensor && tensor.type == OnnxJavaType.FLOAT) {
            return tensor;
        }
        return null;
    }

    private static boolean isOneOrDynamic(long dimension) {
        return dimension == 1 || dimension < 0;
    }

    private static String refusal(Path model, String expected, String found) {
        return "the ONNX model " + model + " does not fit the mert-v1-330m embedder: it needs " + expected + ", found "
                + found + "; export the model as the mert README describes";
    }

    /** E.g. {@code 'input_values' FLOAT [1, 1, samples]}; unnamed dynamic dimensions show as {@code ?}. */
    private static String describe(NodeInfo node) {
        if (!(node.getInfo() instanceof TensorInfo tensor)) {
            return "'" + node.getName() + "' " + node.getInfo();
        }
        long[] shape = tensor.getShape();
        String[] names = tensor.getDimensionNames();
        List<String> dimensions = new ArrayList<>();
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] >= 0) {
                dimensions.add(Long.toString(shape[i]));
            } else {
                dimensions.add(names[i] == null || names[i].isEmpty() ? "?" : names[i]);
            }
        }
        return "'" + node.getName() + "' " + tensor.type + " " + dimensions;
    }
}
