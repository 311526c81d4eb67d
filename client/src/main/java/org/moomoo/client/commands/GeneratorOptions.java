package org.moomoo.client.commands;

import org.moomoo.client.api.GeneratorParameters;
import picocli.CommandLine.Option;

/** The options of the computed playlists (from-path, from-mbids); unset ones leave the server's defaults. */
final class GeneratorOptions {

    @Option(
            names = {"-n", "--length"},
            paramLabel = "N",
            description = "tracks in the playlist, the starting ones included (the server's default: 20)")
    Integer length;

    @Option(
            names = "--seeds",
            paramLabel = "N",
            description = "how many of the given tracks start the playlist (the server's default: 1)")
    Integer seeds;

    @Option(
            names = "--username",
            paramLabel = "NAME",
            description = "weight the starting tracks by this ListenBrainz user's listens (default: nobody's)")
    String username;

    @Option(
            names = "--recency",
            paramLabel = "FACTOR",
            description = "push tracks the user played lately this far away (0 ignores recency; needs --username)")
    Double recency;

    GeneratorParameters parameters() {
        return new GeneratorParameters(length, seeds, username, recency);
    }
}
