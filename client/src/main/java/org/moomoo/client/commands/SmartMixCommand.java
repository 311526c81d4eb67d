package org.moomoo.client.commands;

import org.moomoo.client.api.CollectionRoute;
import picocli.CommandLine.Command;

/** {@code smart-mix [USERNAME]}: The user's smart mixes (clusters of similar tracks they listen to), chosen in a menu. */
@Command(
        name = "smart-mix",
        description = "The user's smart mixes (clusters of similar tracks they listen to), chosen in a menu.")
final class SmartMixCommand extends MenuCollectionCommand {

    SmartMixCommand(ClientContext context) {
        super(context, CollectionRoute.SMART_MIX);
    }
}
