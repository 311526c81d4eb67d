package org.moomoo.jobs.embed.mert;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loaded ONNX model and the device it runs on.
 *
 * <p>The Maven artifact {@code onnxruntime} is CPU only; {@code onnxruntime_gpu} adds CUDA. So
 * {@link #open} asks for CUDA first and takes the CPU when CUDA is not in the build, or is in the
 * build but its libraries or GPU are missing: either way the job runs, only slower.
 *
 * @param session the model session, owned by the caller
 * @param device {@code CUDA} or {@code CPU}
 */
record OnnxSession(OrtSession session, String device) {

    private static final Logger log = LoggerFactory.getLogger(OnnxSession.class);

    /**
     * Loads {@code model} on CUDA when possible, otherwise on the CPU.
     *
     * @throws IllegalArgumentException when ONNX Runtime cannot load the model at all
     */
    static OnnxSession open(OrtEnvironment environment, Path model, int intraOpThreads) {
        try (SessionOptions options = options(intraOpThreads)) {
            options.addCUDA();
            return new OnnxSession(environment.createSession(model.toString(), options), "CUDA");
        } catch (OrtException e) {
            log.debug("CUDA is not usable, using the CPU: {}", e.getMessage());
        }
        try (SessionOptions options = options(intraOpThreads)) {
            return new OnnxSession(environment.createSession(model.toString(), options), "CPU");
        } catch (OrtException e) {
            throw new IllegalArgumentException(
                    "ONNX Runtime cannot load the model " + model + ": " + e.getMessage()
                            + "; check that the file is a complete ONNX export",
                    e);
        }
    }

    private static SessionOptions options(int intraOpThreads) throws OrtException {
        SessionOptions options = new SessionOptions();
        try {
            options.setIntraOpNumThreads(intraOpThreads);
            return options;
        } catch (OrtException e) {
            options.close();
            throw e;
        }
    }
}
