package org.moomoo.jobs.playlist;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.moomoo.jobs.JobsContext;
import org.moomoo.jobs.JobsContext.Verbosity;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.playlist.LocalFileFacts.Facts;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.similarity.SongPath;
import org.moomoo.playlist.similarity.SongPathException;
import org.moomoo.playlist.similarity.SongPathTrack;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code moomoo playlist path FROM TO [n=20]}: the song path ({@link SongPath}) from one file of
 * the library to another, one line per track with its step (the distance to the track before it),
 * or compact JSON with {@code step} on each track after the first.
 */
@Command(
        name = "path",
        mixinStandardHelpOptions = true,
        description = {
            "Tracks from FROM to TO (files relative to the library), walking evenly between their sounds,",
            "each close to the one before it; two per artist between the ends.",
            "Exit 0 with the playlist; 1 when an end is no file of the library or has no vector;"
                    + " 2 for a bad argument; 4 without a database."
        })
final class SongPathCommand implements Callable<Integer> {

    /** Tracks per artist between the ends, as from-files. */
    static final int LIMIT_PER_ARTIST = PlaylistRequest.LIMIT_PER_ARTIST;

    @Parameters(arity = "1..*", paramLabel = "FROM TO", description = "the two files; then n=20 (total length)")
    List<String> arguments;

    @Option(names = "--json", description = "print the tracks as compact JSON")
    boolean json;

    @Option(names = "--debug", description = "log what happens, with stack traces")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SongPathRequest request;
        try {
            request = SongPathRequest.parse(arguments);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = JobsContext.start(debug ? Verbosity.DEBUG : Verbosity.QUIET)) {
            return run(context, request, json, spec.commandLine().getOut(), err);
        }
    }

    /** Prints the path {@code request} asks for with the application's beans; returns the exit code. */
    static int run(
            ApplicationContext context, SongPathRequest request, boolean json, PrintWriter out, PrintWriter err) {
        try {
            LocalFileFacts facts = context.getBean(LocalFileFacts.class);
            List<SongPathTrack> tracks;
            try {
                tracks = new SongPath(context.getBean(CurrentSnapshot.class))
                        .between(request.from(), request.to(), request.n(), LIMIT_PER_ARTIST);
            } catch (SongPathException e) {
                String message = e.problem() == SongPathException.Problem.NO_VECTOR
                        ? PlaylistWarnings.noVector(List.of(e.path()), facts.of(List.of(e.path())))
                                .get(0)
                                .replace("cannot seed the playlist", "cannot be an end of a path")
                        : e.getMessage();
                return failed(err, message);
            }
            if (tracks.size() < request.n()) {
                err.printf(
                        Locale.ROOT,
                        "moomoo: warning: found %d of the %d tracks asked for (n=%d): the library has no more embedded"
                                + " tracks that fit between the ends within %d per artist%n",
                        tracks.size(),
                        request.n(),
                        request.n(),
                        LIMIT_PER_ARTIST);
                err.flush();
            }
            print(tagged(tracks, facts), json, out);
            return ExitCodes.COMPLETED;
        } catch (DataAccessException e) {
            String cause =
                    e.getMostSpecificCause().getMessage().lines().findFirst().orElse("");
            return failed(
                    err, "cannot read the models: " + cause + "; are they built? (./moomoo jobs run build-models)");
        }
    }

    private static void print(List<SongPathTrack> tracks, boolean json, PrintWriter out) {
        if (json) {
            out.println(SongPathTrack.json(tracks));
        } else {
            for (SongPathTrack track : tracks) {
                out.printf(
                        Locale.ROOT,
                        "%-8s  %s%n",
                        track.stepText(),
                        track.track().filepath());
            }
        }
        out.flush();
    }

    private static List<SongPathTrack> tagged(List<SongPathTrack> tracks, LocalFileFacts facts) {
        Map<String, Facts> tags =
                facts.of(tracks.stream().map(track -> track.track().filepath()).toList());
        return tracks.stream()
                .map(track -> {
                    Facts found = tags.get(track.track().filepath());
                    return found == null ? track : track.withTags(found.title(), found.artist(), found.album());
                })
                .toList();
    }

    private static int failed(PrintWriter err, String message) {
        err.println("moomoo: " + message);
        err.flush();
        return ExitCodes.FAILED;
    }
}
