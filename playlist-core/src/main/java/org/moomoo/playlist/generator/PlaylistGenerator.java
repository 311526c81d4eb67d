package org.moomoo.playlist.generator;

import java.util.List;
import org.moomoo.playlist.track.Track;

/** Builds the tracks of one playlist from its source tracks (spec/playlists-http-client.md 5). */
public interface PlaylistGenerator {

    /** The shown seeds first, then the selected neighbours. */
    List<Track> tracks(TrackOptions options) throws NoFilesRequestedException;
}
