package org.moomoo.client.formats;

import org.moomoo.client.playlist.Playlist;

/** Turns a playlist with absolute paths into the text of one format, ending with a newline. */
@FunctionalInterface
public interface PlaylistRenderer {

    String render(Playlist playlist);
}
