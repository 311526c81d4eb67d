package org.moomoo.client.commands;

import org.moomoo.client.ClientVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code moomoo-client}: the commands, the environment they read, the exit codes (set in {@link CommandTree}). */
@Command(
        name = "moomoo-client",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        description = {
            "Ask a moomoo playlist server for a playlist and print it or load it into Strawberry.",
            "Paths on the server are relative to the music library; this client maps them onto $MOOMOO_MEDIA_LIBRARY."
        })
final class RootCommand {

    /** The version that {@code --version} prints. */
    static final class Version implements IVersionProvider {

        @Override
        public String[] getVersion() {
            return new String[] {"moomoo-client " + ClientVersion.current()};
        }
    }
}
