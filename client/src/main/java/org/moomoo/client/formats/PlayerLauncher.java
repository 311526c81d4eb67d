package org.moomoo.client.formats;

import java.io.IOException;
import java.util.List;

/** Runs a music player's command line and waits for it; tests record the command instead. */
@FunctionalInterface
public interface PlayerLauncher {

    /** A launcher that starts the program as a child process sharing this terminal. */
    PlayerLauncher PROCESS = command -> {
        Process process = new ProcessBuilder(command).inheritIO().start();
        return process.waitFor();
    };

    /**
     * Runs the command and returns its exit status.
     *
     * @throws IOException when the program cannot be started (not installed)
     */
    int run(List<String> command) throws IOException, InterruptedException;
}
