package org.moomoo.client.commands;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.moomoo.client.ClientFailure;
import org.moomoo.client.ExitCode;
import org.moomoo.client.playlist.Playlist;

/**
 * The choice among a collection's playlists (spec 8.4): "Choose a playlist:", one line
 * "i: title - description" per playlist in the server's order, then a "Choice: " prompt, asked
 * again until the answer is one of the numbers shown.
 */
final class PlaylistMenu {

    private final ClientContext context;

    PlaylistMenu(ClientContext context) {
        this.context = context;
    }

    Playlist choose(List<Playlist> playlists) {
        context.out().println("Choose a playlist:");
        for (int i = 0; i < playlists.size(); i++) {
            context.out().println(i + ": " + playlists.get(i).label());
        }
        while (true) {
            context.out().print("Choice: ");
            context.out().flush();
            String answer = readLine();
            if (answer == null) {
                throw new ClientFailure(
                        ExitCode.USAGE,
                        "no playlist chosen (standard input ended); pass --choice N to choose" + " without the menu");
            }
            // Ends the prompt's line when the answer came from a pipe, which echoes nothing.
            context.out().println();
            Integer index = parse(answer.trim(), playlists.size());
            if (index != null) {
                return playlists.get(index);
            }
            context.out().println("Type a number from 0 to " + (playlists.size() - 1) + ".");
        }
    }

    /** The playlist at a number given with --choice. */
    static Playlist pick(List<Playlist> playlists, int choice) {
        if (choice < 0 || choice >= playlists.size()) {
            throw new ClientFailure(
                    ExitCode.USAGE,
                    "--choice " + choice + " is not one of the playlists: the server sent " + playlists.size()
                            + ", numbered from 0 to " + (playlists.size() - 1));
        }
        return playlists.get(choice);
    }

    private String readLine() {
        try {
            return context.in().readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Integer parse(String answer, int count) {
        if (!answer.matches("\\d{1,9}")) {
            return null;
        }
        int index = Integer.parseInt(answer);
        return index < count ? index : null;
    }
}
