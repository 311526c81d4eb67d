package org.moomoo.client.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.moomoo.client.ClientFailure;
import org.moomoo.client.ExitCode;
import org.moomoo.client.library.MediaLibrary;
import org.moomoo.client.playlist.Playlist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code path FROM TO}: a playlist that walks from one track of the library to another. */
@Command(
        name = "path",
        description = {
            "A playlist that starts at FROM, ends at TO, and walks evenly between the two sounds,",
            "each track close to the one before it.",
            "Both must be files here inside $MOOMOO_MEDIA_LIBRARY; the server receives them relative to it."
        })
final class PathCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FROM", description = "the first track, a file inside the media library")
    Path from;

    @Parameters(index = "1", paramLabel = "TO", description = "the last track, a file inside the media library")
    Path to;

    @Option(
            names = {"-n", "--length"},
            paramLabel = "N",
            description = "tracks in the playlist, both ends included (the server's default: 20)")
    Integer length;

    @Mixin
    OutputOption output;

    private final ClientContext context;

    PathCommand(ClientContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        for (Path end : List.of(from, to)) {
            if (!Files.exists(end)) {
                throw new ClientFailure(ExitCode.CONFIGURATION, end + " does not exist");
            }
            if (!Files.isRegularFile(end)) {
                throw new ClientFailure(
                        ExitCode.CONFIGURATION, end + " is not a file; a path goes from one track to another");
            }
        }
        MediaLibrary library = context.settings().mediaLibrary();
        List<Playlist> playlists = context.api().path(library.toRelative(from), library.toRelative(to), length);
        PlaylistDelivery.deliver(context, library, PlaylistDelivery.first(playlists), output.format);
        return ExitCode.OK.code();
    }
}
