package org.moomoo.client.formats;

import org.moomoo.client.playlist.Playlist;
import org.moomoo.client.playlist.Track;

/**
 * The m3u8 output: {@code #EXTM3U}, {@code #PLAYLIST:} with the title and description when there
 * are any, then per track {@code #EXTINF:<seconds or 0>,<artist - title>} and its absolute path.
 */
public final class M3u8Renderer implements PlaylistRenderer {

    @Override
    public String render(Playlist playlist) {
        StringBuilder out = new StringBuilder("#EXTM3U\n");
        if (playlist.title() != null
                || playlist.description() != null && !playlist.description().isEmpty()) {
            out.append("#PLAYLIST:").append(oneLine(playlist.label())).append('\n');
        }
        for (Track track : playlist.tracks()) {
            out.append("#EXTINF:")
                    .append(track.hasLength() ? track.lengthSeconds() : 0)
                    .append(',')
                    .append(oneLine(track.displayName()))
                    .append('\n')
                    .append(track.filepath())
                    .append('\n');
        }
        return out.toString();
    }

    /** A line break inside a tag would start a bogus entry. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
