package org.moomoo.client.commands;

import java.util.List;
import java.util.concurrent.Callable;
import org.moomoo.client.ClientFailure;
import org.moomoo.client.ClientSettings;
import org.moomoo.client.ExitCode;
import org.moomoo.client.api.CollectionRoute;
import org.moomoo.client.library.MediaLibrary;
import org.moomoo.client.playlist.Playlist;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A command that reads one of a user's stored collections and delivers one of its playlists:
 * the first, or (for collections of several playlists) the one chosen in {@link PlaylistMenu}.
 */
abstract class CollectionCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "USERNAME",
            description = "the ListenBrainz user whose playlists to read; default: $" + ClientSettings.USERNAME)
    String username;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    final ClientContext context;
    private final CollectionRoute route;

    CollectionCommand(ClientContext context, CollectionRoute route) {
        this.context = context;
        this.route = route;
    }

    /** The playlist to deliver among those the server sent (never empty): the first. */
    Playlist choose(List<Playlist> playlists) {
        return playlists.get(0);
    }

    @Override
    public Integer call() {
        String user = username != null && !username.isBlank()
                ? username
                : context.settings()
                        .defaultUsername()
                        .orElseThrow(() -> new ParameterException(
                                spec.commandLine(), "give a USERNAME or set " + ClientSettings.USERNAME));
        MediaLibrary library = context.settings().mediaLibrary();
        List<Playlist> playlists = context.api().collection(route, user);
        if (playlists.isEmpty()) {
            throw new ClientFailure(ExitCode.SERVER_ERROR, "the server sent no playlist for " + user);
        }
        PlaylistDelivery.deliver(context, library, choose(playlists), output.format);
        return ExitCode.OK.code();
    }
}
