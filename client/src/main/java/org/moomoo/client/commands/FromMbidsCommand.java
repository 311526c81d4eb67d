package org.moomoo.client.commands;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.moomoo.client.ExitCode;
import org.moomoo.client.library.MediaLibrary;
import org.moomoo.client.playlist.Playlist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code from-mbids MBID...}: a playlist like the library's files of MusicBrainz recordings, releases or artists. */
@Command(
        name = "from-mbids",
        description = "A playlist of tracks that sound like the library's files of the given MusicBrainz ids"
                + " (recordings, releases, release groups or artists).")
final class FromMbidsCommand implements Callable<Integer> {

    @Parameters(
            arity = "1..*",
            paramLabel = "MBID",
            description = "MusicBrainz ids, e.g. 5b11f4ce-a62d-471e-81fc-a69a8278c7da")
    List<UUID> mbids;

    @Mixin
    GeneratorOptions generator;

    @Mixin
    OutputOption output;

    private final ClientContext context;

    FromMbidsCommand(ClientContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        MediaLibrary library = context.settings().mediaLibrary();
        List<Playlist> playlists = context.api().fromMbids(mbids, generator.parameters());
        PlaylistDelivery.deliver(context, library, PlaylistDelivery.first(playlists), output.format);
        return ExitCode.OK.code();
    }
}
