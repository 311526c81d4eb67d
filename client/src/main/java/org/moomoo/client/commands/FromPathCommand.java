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
import picocli.CommandLine.Parameters;

/** {@code from-path PATH...}: a playlist like local files or a folder of the library (spec 8.3). */
@Command(
        name = "from-path",
        description = {
            "A playlist of tracks that sound like the given files, or like the files of one folder.",
            "The paths must exist here and lie inside $MOOMOO_MEDIA_LIBRARY; the server receives them relative to it."
        })
final class FromPathCommand implements Callable<Integer> {

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "files, or a single folder, inside the media library")
    List<Path> paths;

    @Mixin
    GeneratorOptions generator;

    @Mixin
    OutputOption output;

    private final ClientContext context;

    FromPathCommand(ClientContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new ClientFailure(ExitCode.CONFIGURATION, path + " does not exist");
            }
        }
        MediaLibrary library = context.settings().mediaLibrary();
        if (paths.stream().anyMatch(library::isRoot)) {
            throw new ClientFailure(
                    ExitCode.CONFIGURATION,
                    "the media library itself cannot be a source path;" + " give files or a folder inside it");
        }
        if (paths.size() > 1 && !paths.stream().allMatch(Files::isRegularFile)) {
            throw new ClientFailure(
                    ExitCode.CONFIGURATION,
                    "several paths must all be files; for a folder, give that" + " folder alone");
        }
        List<String> relative = paths.stream().map(library::toRelative).toList();
        List<Playlist> playlists = context.api().fromFiles(relative, generator.parameters());
        PlaylistDelivery.deliver(context, library, PlaylistDelivery.first(playlists), output.format);
        return ExitCode.OK.code();
    }
}
