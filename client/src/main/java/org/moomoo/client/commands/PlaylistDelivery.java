package org.moomoo.client.commands;

import java.util.List;
import org.moomoo.client.ClientFailure;
import org.moomoo.client.ExitCode;
import org.moomoo.client.formats.JsonRenderer;
import org.moomoo.client.formats.JspfRenderer;
import org.moomoo.client.formats.M3u8Renderer;
import org.moomoo.client.formats.OutputFormat;
import org.moomoo.client.formats.StrawberryPlayer;
import org.moomoo.client.formats.XspfRenderer;
import org.moomoo.client.library.MediaLibrary;
import org.moomoo.client.playlist.Playlist;

/**
 * The last step of every playlist command: the server's library-relative paths made absolute
 * under this machine's library, then the playlist printed in the chosen format (the last thing on
 * standard output) or handed to Strawberry.
 */
final class PlaylistDelivery {

    private PlaylistDelivery() {}

    static void deliver(ClientContext context, MediaLibrary library, Playlist fromServer, OutputFormat format) {
        Playlist playlist = fromServer.mapPaths(path -> library.toAbsolute(path).toString());
        switch (format) {
            case JSON -> print(context, new JsonRenderer().render(playlist));
            case XSPF -> print(context, new XspfRenderer(context.clock()).render(playlist));
            case M3U8 -> print(context, new M3u8Renderer().render(playlist));
            case JSPF -> print(context, new JspfRenderer(context.clock()).render(playlist));
            case STRAWBERRY -> {
                new StrawberryPlayer(new XspfRenderer(context.clock()), context.launcher(), context.sleeper())
                        .load(playlist);
                context.notice("handed " + playlist.tracks().size() + " tracks to Strawberry");
            }
        }
    }

    /** The first playlist of a computed route's answer, which holds exactly one. */
    static Playlist first(List<Playlist> playlists) {
        if (playlists.isEmpty()) {
            throw new ClientFailure(ExitCode.BAD_ANSWER, "the server's answer holds no playlist");
        }
        return playlists.get(0);
    }

    private static void print(ClientContext context, String text) {
        context.out().print(text);
        context.out().flush();
    }
}
