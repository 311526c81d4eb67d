package org.moomoo.client.commands;

import org.moomoo.client.api.CollectionRoute;
import picocli.CommandLine.Command;

/** {@code loved [USERNAME]}: The user's loved tracks (the loved-tracks collection), in one playlist. */
@Command(name = "loved", description = "The user's loved tracks (the loved-tracks collection), in one playlist.")
final class LovedCommand extends CollectionCommand {

    LovedCommand(ClientContext context) {
        super(context, CollectionRoute.LOVED);
    }
}
