package org.moomoo.jobs.embed;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.moomoo.jobs.embed.audio.AudioDecoder;
import org.moomoo.jobs.launcher.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code moomoo embed-one FILE}: one file's vector as JSON, without touching the database. */
@Command(
        name = "embed-one",
        mixinStandardHelpOptions = true,
        description = "Embed one audio file and print its vector as JSON (no database needed).")
public final class EmbedOneCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "an audio file")
    Path file;

    @Option(
            names = "--embedder",
            defaultValue = EmbedderChoice.SONIC,
            description = "sonic-v1 (default) or mert-v1-330m")
    String embedder;

    @Option(names = "--model", description = "the ONNX export of MERT, for --embedder mert-v1-330m")
    String model;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
        }
        try {
            EmbedderChoice.check(embedder, model);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Embedder chosen =
                EmbedderChoice.create(embedder, model, Runtime.getRuntime().availableProcessors())) {
            EmbeddingRow row = new TrackEmbedder(AudioDecoder.withFfmpegFromPath(), chosen)
                    .embed(file, file.getFileName().toString());
            PrintWriter out = spec.commandLine().getOut();
            if (row.failed()) {
                spec.commandLine().getErr().println("moomoo: cannot embed " + file + ": " + row.failReason());
                return ExitCodes.FAILED;
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", file.toString());
            json.put("embedder", row.embedder());
            json.put("dimension", row.vector().length);
            json.put("duration_seconds", row.durationSeconds());
            json.put("vector", row.vector());
            out.println(JsonMapper.builder().build().writeValueAsString(json));
            out.flush();
            return ExitCodes.COMPLETED;
        }
    }
}
