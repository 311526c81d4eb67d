package org.moomoo.jobs.embed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.moomoo.jobs.embed.mert.MertEmbedder;
import org.moomoo.jobs.embed.sonic.SonicEmbedder;

/**
 * The embedders a user can choose ({@code embedder=}), and how each is made.
 */
public final class EmbedderChoice {

    /** The default: pure Java, nothing to download. */
    public static final String SONIC = "sonic-v1";
    /** MERT-v1-330M through ONNX Runtime; needs {@code model=}. */
    public static final String MERT = "mert-v1-330m";
    /** Every name {@code embedder=} accepts. */
    public static final List<String> NAMES = List.of(SONIC, MERT);

    private EmbedderChoice() {}

    /**
     * A ready embedder.
     *
     * @param name    one of {@link #NAMES}
     * @param model   the ONNX file for MERT; must be null for sonic-v1
     * @param threads threads the model may use inside one inference
     * @throws IllegalArgumentException with a message that says what to give instead
     */
    public static Embedder create(String name, String model, int threads) {
        check(name, model);
        return name.equals(MERT) ? new MertEmbedder(Path.of(model), threads) : new SonicEmbedder();
    }

    /** Checks that {@code model} goes with {@code name}; the message says what to give instead. */
    public static void check(String name, String model) {
        switch (name) {
            case SONIC -> {
                if (model != null) {
                    throw new IllegalArgumentException("sonic-v1 needs no model; leave out model=");
                }
            }
            case MERT -> {
                if (model == null) {
                    throw new IllegalArgumentException("mert-v1-330m needs model=/path/to/mert.onnx "
                            + "(see jobs/src/main/java/org/moomoo/jobs/embed/mert/README.md for the export)");
                }
                if (!Files.isRegularFile(Path.of(model))) {
                    throw new IllegalArgumentException("model=" + model + ": no such file");
                }
            }
            default -> throw new IllegalArgumentException("embedder=" + name + " is unknown; choose one of " + NAMES);
        }
    }
}
