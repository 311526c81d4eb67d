package org.moomoo.client.commands;

import org.moomoo.client.api.CollectionRoute;
import picocli.CommandLine.Command;

/** {@code revisit-tracks [USERNAME]}: Tracks the user played a lot and has not played lately (the revisit-tracks collection). */
@Command(
        name = "revisit-tracks",
        description = "Tracks the user played a lot and has not played lately (the revisit-tracks collection).")
final class RevisitTracksCommand extends CollectionCommand {

    RevisitTracksCommand(ClientContext context) {
        super(context, CollectionRoute.REVISIT_TRACKS);
    }
}
