package org.moomoo.jobs.playlist;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.moomoo.jobs.JobsContext;
import org.moomoo.jobs.JobsContext.Verbosity;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.playlist.LocalFileFacts.Facts;
import org.moomoo.playlist.generator.Generators;
import org.moomoo.playlist.generator.NoFilesRequestedException;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.similarity.LibrarySnapshot;
import org.moomoo.playlist.track.Track;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code moomoo playlist}: a playlist computed from the library on this machine, for people and
 * scripts that do not run the HTTP server.
 */
@Command(
        name = "playlist",
        mixinStandardHelpOptions = true,
        description = "Print a playlist like files, folders or MusicBrainz ids, or a path from one file to another.",
        subcommands = {PlaylistCommand.FromFiles.class, PlaylistCommand.FromMbids.class, SongPathCommand.class})
public final class PlaylistCommand implements Runnable {

    private static final String OPTIONS_HELP = "then n=20 (total length), seed=1 (sources shown first), "
            + "username=NAME (weight by that listener's plays), recency=FACTOR (push away recent plays; needs username)";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** How both subcommands print the playlist and how much they log. */
    static final class PlaylistOutputOptions {

        @Option(names = "--json", description = "print the tracks as compact JSON")
        boolean json;

        @Option(names = "--why", description = "print under each track the reason it is in the playlist")
        boolean why;

        @Option(names = "--debug", description = "log what happens, with stack traces")
        boolean debug;
    }

    /** {@code moomoo playlist from-files PATH... [n=20] [seed=1] [username=...] [recency=...]}. */
    @Command(
            name = "from-files",
            mixinStandardHelpOptions = true,
            description = {
                "Tracks like the given files or folders (relative to the library).",
                "A path whose first part looks like an option (name=...) is written ./name=...",
                "Exit 0 with the playlist; 1 when no file matches; 2 for a bad argument; 4 without a database."
            })
    static final class FromFiles implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders; " + OPTIONS_HELP)
        List<String> arguments;

        @Mixin
        PlaylistOutputOptions output;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PlaylistRequest request = parse(spec, arguments, "PATH");
            String nothingFound = "no file of the library is at or under " + String.join(", ", request.sources())
                    + "; check the spelling (paths are relative to the library)";
            return run(spec, request, output, nothingFound, context -> {
                LibrarySnapshot snapshot =
                        context.getBean(CurrentSnapshot.class).get();
                List<String> unmatched = PlaylistWarnings.unmatched(snapshot, request.sources());
                if (unmatched.size() == request.sources().size()) {
                    throw new NoFilesRequestedException();
                }
                List<String> withoutVector = PlaylistWarnings.withoutVector(
                        snapshot, snapshot.files().atOrUnder(request.sources()));
                List<Track> tracks = context.getBean(Generators.class)
                        .fromFiles(request.sources(), request.username())
                        .tracks(request.options());
                return new Found(
                        tracks,
                        unmatched.stream().map(PlaylistWarnings::unmatchedPath).toList(),
                        withoutVector);
            });
        }
    }

    /** {@code moomoo playlist from-mbids MBID... [n=20] [seed=1] [username=...] [recency=...]}. */
    @Command(
            name = "from-mbids",
            mixinStandardHelpOptions = true,
            description = {
                "Tracks like the files of recordings, releases, release groups or artists.",
                "Exit 0 with the playlist; 1 when no file matches; 2 for a bad argument; 4 without a database."
            })
    static final class FromMbids implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "MBID", description = "MusicBrainz ids; " + OPTIONS_HELP)
        List<String> arguments;

        @Mixin
        PlaylistOutputOptions output;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PlaylistRequest request = parse(spec, arguments, "MBID");
            List<UUID> mbids =
                    request.sources().stream().map(mbid -> mbid(spec, mbid)).toList();
            String nothingFound = "no file of the library is mapped to " + String.join(", ", request.sources())
                    + "; check that each is the id of a recording, release, release group or artist";
            return run(
                    spec,
                    request,
                    output,
                    nothingFound,
                    context -> new Found(
                            context.getBean(Generators.class)
                                    .fromMbids(mbids, request.username())
                                    .tracks(request.options()),
                            List.of(),
                            List.of()));
        }
    }

    private static PlaylistRequest parse(CommandLine.Model.CommandSpec spec, List<String> arguments, String what) {
        try {
            return PlaylistRequest.parse(arguments, what);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static UUID mbid(CommandLine.Model.CommandSpec spec, String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "'" + text + "' is not an MBID; expected a UUID like 89ad4ac3-39f7-470e-963a-56509c546377");
        }
    }

    /**
     * What a subcommand found.
     *
     * @param warnings what it left out, for standard error
     * @param withoutVector source files the engine could not seed from
     */
    private record Found(List<Track> tracks, List<String> warnings, List<String> withoutVector) {}

    /** Finds the playlist in the started application. */
    @FunctionalInterface
    private interface Finder {
        Found find(ConfigurableApplicationContext context) throws NoFilesRequestedException;
    }

    private static int run(
            CommandLine.Model.CommandSpec spec,
            PlaylistRequest request,
            PlaylistOutputOptions output,
            String nothingFound,
            Finder finder) {
        Verbosity verbosity = output.debug ? Verbosity.DEBUG : Verbosity.QUIET;
        try (ConfigurableApplicationContext context = JobsContext.start(verbosity)) {
            Found found = finder.find(context);
            // One query for the tags of the playlist and for why the named source files have no vector.
            Set<String> described = new LinkedHashSet<>();
            found.tracks().forEach(track -> described.add(track.filepath()));
            described.addAll(found.withoutVector()
                    .subList(0, Math.min(found.withoutVector().size(), PlaylistWarnings.FILES_NAMED)));
            Map<String, Facts> facts = context.getBean(LocalFileFacts.class).of(described);
            warn(spec, found, facts, request.n());
            PlaylistPrinter.print(
                    tagged(found.tracks(), facts),
                    output.json,
                    output.why,
                    spec.commandLine().getOut());
            return ExitCodes.COMPLETED;
        } catch (NoFilesRequestedException e) {
            return failed(spec, nothingFound);
        } catch (DataAccessException e) {
            // The driver's first line names the missing table or column; the SQL around it would only confuse.
            String cause =
                    e.getMostSpecificCause().getMessage().lines().findFirst().orElse("");
            return failed(
                    spec, "cannot read the models: " + cause + "; are they built? (./moomoo jobs run build-models)");
        }
    }

    private static void warn(CommandLine.Model.CommandSpec spec, Found found, Map<String, Facts> facts, int asked) {
        List<String> warnings = new ArrayList<>(found.warnings());
        warnings.addAll(PlaylistWarnings.noVector(found.withoutVector(), facts));
        PlaylistWarnings.shorter(found.tracks().size(), asked).ifPresent(warnings::add);
        PrintWriter err = spec.commandLine().getErr();
        warnings.forEach(warning -> err.println("moomoo: warning: " + warning));
        err.flush();
    }

    private static List<Track> tagged(List<Track> tracks, Map<String, Facts> facts) {
        return tracks.stream()
                .map(track -> {
                    Facts tags = facts.get(track.filepath());
                    return tags == null ? track : track.withTags(tags.title(), tags.artist(), tags.album());
                })
                .toList();
    }

    private static int failed(CommandLine.Model.CommandSpec spec, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("moomoo: " + message);
        err.flush();
        return ExitCodes.FAILED;
    }
}
