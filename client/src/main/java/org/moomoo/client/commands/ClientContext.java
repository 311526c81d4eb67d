package org.moomoo.client.commands;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import org.moomoo.client.ClientSettings;
import org.moomoo.client.Sleeper;
import org.moomoo.client.api.PlaylistApi;
import org.moomoo.client.api.RetryPolicy;
import org.moomoo.client.formats.PlayerLauncher;

/**
 * What the commands use from the outside world, so that tests can give their own: the environment
 * variables, standard input for menus, standard output for playlists and menus, standard error
 * for messages, the player launcher, the sleeper of retries and the clock of playlist dates.
 */
public record ClientContext(
        Map<String, String> environment,
        BufferedReader in,
        PrintWriter out,
        PrintWriter err,
        PlayerLauncher launcher,
        Sleeper sleeper,
        Clock clock) {

    public ClientSettings settings() {
        return new ClientSettings(environment);
    }

    /** A client of the server MOOMOO_HOST names; its retry notices go to standard error. */
    public PlaylistApi api() {
        return PlaylistApi.of(settings(), RetryPolicy.standard(sleeper), this::notice);
    }

    /** One line on standard error, prefixed like every message of the client. */
    public void notice(String message) {
        err.println("moomoo-client: " + message);
        err.flush();
    }
}
