package org.moomoo.client.commands;

import org.moomoo.client.api.CollectionRoute;
import picocli.CommandLine.Command;

/** {@code suggest-artists [USERNAME]}: Playlists around the user's top artists (the top-artists collection), chosen in a menu. */
@Command(
        name = "suggest-artists",
        description = "Playlists around the user's top artists (the top-artists collection), chosen in a menu.")
final class SuggestArtistsCommand extends MenuCollectionCommand {

    SuggestArtistsCommand(ClientContext context) {
        super(context, CollectionRoute.SUGGEST_BY_ARTIST);
    }
}
