package org.moomoo.jobs.models;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.moomoo.models.Model;
import org.moomoo.models.ModelDoc;
import org.moomoo.models.ModelGraph;
import org.moomoo.models.ModelProject;
import org.moomoo.models.ModelRunner;
import org.moomoo.models.RunnerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code moomoo models list|graph|compile}: look at the SQL models without a database. */
@Command(
        name = "models",
        mixinStandardHelpOptions = true,
        description = {
            "Look at the SQL models without touching the database.",
            "Build them with: moomoo jobs run build-models [select=NAME+]"
        },
        subcommands = {ModelsCommand.ListModels.class, ModelsCommand.Graph.class, ModelsCommand.Compile.class})
public final class ModelsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every subcommand shares. */
    static final class ProjectOptions {

        @Option(
                names = "--path",
                paramLabel = "FOLDER",
                description = "a folder holding models/ (and tests/) instead of the shipped models")
        String path;

        ModelProject project() {
            return ModelsConfig.ModelProjects.load(path);
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Every model with its kind, layer and description.")
    static final class ListModels implements Runnable {

        @Mixin
        ProjectOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            ModelProject project = options.project();
            PrintWriter out = spec.commandLine().getOut();
            for (String name : project.graph().order()) {
                Model model = project.model(name);
                ModelDoc doc = project.doc(name);
                String description = doc == null || doc.description() == null
                        ? ""
                        : doc.description().lines().findFirst().orElse("");
                out.printf(
                        Locale.ROOT,
                        "%-44s %-11s layer %d  %s%n",
                        name,
                        model.config().materialization().name().toLowerCase(Locale.ROOT),
                        project.graph().layer(name),
                        description);
            }
            out.printf(
                    Locale.ROOT,
                    "%d models, %d sources%n",
                    project.models().size(),
                    project.sources().size());
        }
    }

    @Command(
            name = "graph",
            mixinStandardHelpOptions = true,
            description = "The dependency graph, layer by layer: each model with what it reads.")
    static final class Graph implements Runnable {

        @Mixin
        ProjectOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            ModelProject project = options.project();
            ModelGraph graph = project.graph();
            PrintWriter out = spec.commandLine().getOut();
            int layer = 0;
            for (String name : graph.order()) {
                if (graph.layer(name) != layer) {
                    layer = graph.layer(name);
                    out.printf(Locale.ROOT, "layer %d%n", layer);
                }
                Model model = project.model(name);
                List<String> inputs = new ArrayList<>(new TreeSet<>(model.refs()));
                new TreeSet<>(model.sources()).forEach(source -> inputs.add("source." + source));
                out.printf(Locale.ROOT, "  %-44s <- %s%n", name, String.join(", ", inputs));
            }
        }
    }

    @Command(
            name = "compile",
            mixinStandardHelpOptions = true,
            description = "Print the SQL a model runs, its refs pointing at the published models.")
    static final class Compile implements Runnable {

        @Mixin
        ProjectOptions options;

        @Parameters(paramLabel = "MODEL", description = "the model's name")
        String model;

        @Option(names = "--now", paramLabel = "INSTANT", description = "a fixed clock, e.g. 2026-06-01T12:00:00Z")
        Instant now;

        @Option(
                names = "--schema",
                defaultValue = "analytics",
                description = "the published schema (default: ${DEFAULT-VALUE})")
        String schema;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            ModelRunner runner = new ModelRunner(null, options.project(), new RunnerSettings(schema, List.of()));
            spec.commandLine().getOut().println(runner.compile(model, now));
        }
    }
}
