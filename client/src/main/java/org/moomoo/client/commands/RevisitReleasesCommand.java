package org.moomoo.client.commands;

import org.moomoo.client.api.CollectionRoute;
import picocli.CommandLine.Command;

/** {@code revisit-releases [USERNAME]}: Albums the user used to play and has not played lately (the revisit-releases collection): one playlist per album, chosen in a menu. */
@Command(
        name = "revisit-releases",
        description =
                "Albums the user used to play and has not played lately (the revisit-releases collection): one playlist per album, chosen in a menu.")
final class RevisitReleasesCommand extends MenuCollectionCommand {

    RevisitReleasesCommand(ClientContext context) {
        super(context, CollectionRoute.REVISIT_RELEASES);
    }
}
