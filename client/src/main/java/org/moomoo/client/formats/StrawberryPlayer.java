package org.moomoo.client.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.moomoo.client.ClientFailure;
import org.moomoo.client.ExitCode;
import org.moomoo.client.Sleeper;
import org.moomoo.client.playlist.Playlist;

/**
 * The strawberry output (spec 8.5): the XSPF text goes into a temporary file, {@code strawberry
 * --load <file>} replaces the player's current playlist with it, and the file is deleted half a
 * second after the command returns. A running Strawberry takes the playlist and the command returns
 * at once; otherwise the command starts the player and returns when it is closed.
 */
public final class StrawberryPlayer {

    /** Time for a running Strawberry to read the file after the command handed it over. */
    static final Duration READ_GRACE = Duration.ofMillis(500);

    private final XspfRenderer xspf;
    private final PlayerLauncher launcher;
    private final Sleeper sleeper;

    public StrawberryPlayer(XspfRenderer xspf, PlayerLauncher launcher, Sleeper sleeper) {
        this.xspf = xspf;
        this.launcher = launcher;
        this.sleeper = sleeper;
    }

    public void load(Playlist playlist) {
        Path file = null;
        try {
            file = Files.createTempFile("moomoo-playlist-", ".xspf");
            Files.writeString(file, xspf.render(playlist), StandardCharsets.UTF_8);
            int status = run(List.of("strawberry", "--load", file.toString()));
            if (status != 0) {
                throw new ClientFailure(ExitCode.PLAYER, "strawberry --load exited with status " + status);
            }
            sleeper.sleep(READ_GRACE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(file);
        }
    }

    private int run(List<String> command) throws InterruptedException {
        try {
            return launcher.run(command);
        } catch (IOException e) {
            throw new ClientFailure(
                    ExitCode.PLAYER,
                    "could not start strawberry: install Strawberry (and put it on PATH)"
                            + " or choose another --out format",
                    e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind is harmless; the playlist was delivered
        }
    }
}
