package org.moomoo.client.commands;

import java.util.List;
import org.moomoo.client.api.CollectionRoute;
import org.moomoo.client.playlist.Playlist;
import picocli.CommandLine.Option;

/** A collection of several playlists: one is chosen in a menu, or with {@code --choice N}. */
abstract class MenuCollectionCommand extends CollectionCommand {

    @Option(
            names = "--choice",
            paramLabel = "N",
            description = "take playlist N (counting from 0, in the menu's order) without showing the menu")
    Integer choice;

    MenuCollectionCommand(ClientContext context, CollectionRoute route) {
        super(context, route);
    }

    @Override
    Playlist choose(List<Playlist> playlists) {
        return choice != null ? PlaylistMenu.pick(playlists, choice) : new PlaylistMenu(context).choose(playlists);
    }
}
