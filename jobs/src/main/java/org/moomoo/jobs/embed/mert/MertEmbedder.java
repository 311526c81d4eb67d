package org.moomoo.jobs.embed.mert;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.RunOptions;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.moomoo.jobs.embed.Embedder;
import org.moomoo.jobs.embed.EmbeddingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MERT-v1-330M through ONNX Runtime, as the original scored tracks (spec/ml.md section 1): the
 * window is normalised to zero mean and unit variance, run through a user-supplied ONNX export of
 * the model, and the last hidden state [1, T, D] is averaged over its T frames.
 *
 * <p>The export is checked when the embedder is built (see {@link ModelContract}); D comes from the
 * model (1024 for MERT-v1-330M). CUDA is used when the ONNX Runtime on the class path has it,
 * otherwise the CPU. {@link #embed} may be called from several threads at once: ONNX Runtime allows
 * concurrent runs of one session, and {@link #close} waits for the runs in progress.
 */
public final class MertEmbedder implements Embedder {

    /** The name stored with every vector. */
    public static final String NAME = "mert-v1-330m";

    private static final Logger log = LoggerFactory.getLogger(MertEmbedder.class);
    private static final int SAMPLE_RATE = 24_000;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final ModelContract contract;
    // Runs share the read lock; close takes the write lock so no run uses a freed native session.
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;

    /**
     * Loads the model and checks its input and output.
     *
     * @param model the ONNX export of MERT-v1-330M (the {@code model=} job parameter)
     * @param intraOpThreads threads ONNX Runtime may use inside one run, at least 1
     * @throws IllegalArgumentException when the file is missing, cannot be loaded or does not take
     *     and give what MERT does; the message says which and what to do
     */
    public MertEmbedder(Path model, int intraOpThreads) {
        if (intraOpThreads < 1) {
            throw new IllegalArgumentException("intra-op threads must be at least 1, got " + intraOpThreads);
        }
        if (!Files.isRegularFile(model)) {
            throw new IllegalArgumentException("the MERT model " + model + " does not exist or is not a file;"
                    + " export the model as the mert README describes and pass model=/path/to/mert.onnx");
        }
        long start = System.nanoTime();
        environment = OrtEnvironment.getEnvironment();
        OnnxSession opened = OnnxSession.open(environment, model, intraOpThreads);
        session = opened.session();
        try {
            contract = ModelContract.of(session, model);
        } catch (OrtException e) {
            closeQuietly();
            throw new IllegalArgumentException(
                    "cannot read the inputs and outputs of the ONNX model " + model + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
        log.info(
                "Loaded the MERT model {} in {} ms: {}-d vectors, running on {} with {} intra-op threads",
                model,
                (System.nanoTime() - start) / 1_000_000,
                contract.dimension(),
                opened.device(),
                intraOpThreads);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int sampleRate() {
        return SAMPLE_RATE;
    }

    @Override
    public int dimension() {
        return contract.dimension();
    }

    @Override
    public float[] embed(float[] window) {
        if (window == null || window.length == 0) {
            throw new EmbeddingException("no audio samples to embed");
        }
        float[] normalised = ZeroMeanUnitVariance.normalise(window);
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the MERT embedder is closed");
            }
            return run(normalised);
        } catch (OrtException e) {
            throw new EmbeddingException(
                    String.format(
                            Locale.ROOT,
                            "the MERT model cannot process %d samples (%.3f s): %s",
                            window.length,
                            window.length / (double) SAMPLE_RATE,
                            e.getMessage()),
                    e);
        } finally {
            lock.readLock().unlock();
        }
    }

    private float[] run(float[] normalised) throws OrtException {
        long[] shape = {1, normalised.length};
        try (OnnxTensor input = OnnxTensor.createTensor(environment, FloatBuffer.wrap(normalised), shape);
                RunOptions options = quietRun();
                OrtSession.Result result =
                        session.run(Map.of(contract.inputName(), input), Set.of(contract.outputName()), options)) {
            OnnxValue output = result.get(0);
            if (!(output instanceof OnnxTensor tensor)) {
                throw new EmbeddingException("the MERT model's output is not a tensor");
            }
            return meanOverFrames(tensor);
        }
    }

    /**
     * Run options that keep ONNX Runtime from printing a failed run to stderr: the failure already
     * becomes the file's reason, and a native log line would break the job's progress output.
     */
    private static RunOptions quietRun() throws OrtException {
        RunOptions options = new RunOptions();
        try {
            options.setLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL);
            return options;
        } catch (OrtException e) {
            options.close();
            throw e;
        }
    }

    private float[] meanOverFrames(OnnxTensor hidden) {
        long[] shape = hidden.getInfo().getShape();
        int dimension = contract.dimension();
        if (shape.length != 3 || shape[0] != 1 || shape[2] != dimension) {
            throw new EmbeddingException("the MERT model returned shape " + Arrays.toString(shape)
                    + " instead of [1, frames, " + dimension + "]");
        }
        long frames = shape[1];
        if (frames == 0) {
            throw new EmbeddingException("the MERT model returned no frames for this window");
        }
        FloatBuffer values = hidden.getFloatBuffer();
        double[] sums = new double[dimension];
        for (long t = 0; t < frames; t++) {
            for (int d = 0; d < dimension; d++) {
                sums[d] += values.get();
            }
        }
        float[] mean = new float[dimension];
        for (int d = 0; d < dimension; d++) {
            mean[d] = (float) (sums[d] / frames);
            if (!Float.isFinite(mean[d])) {
                // pgvector refuses NaN and infinity, so such a vector could not be stored anyway.
                throw new EmbeddingException("the MERT model returned NaN or infinite values");
            }
        }
        return mean;
    }

    /** Frees the session; waits for runs in progress. Calling it again does nothing. */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                closeQuietly();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void closeQuietly() {
        try {
            session.close();
        } catch (OrtException e) {
            log.warn("Could not free the MERT model session: {}", e.getMessage());
        }
        // The environment is one per process; in ONNX Runtime 1.29 its close() does nothing and the
        // native environment is freed at exit. Closing it keeps the pairing with getEnvironment().
        environment.close();
    }
}
