package org.moomoo.playlist.generator;

import java.util.List;
import java.util.UUID;

/** Makes the two kinds of generator; a null username means no listening history is used. */
public interface Generators {

    /** Seeds from one path (a folder-aware prefix) or from several exact paths. */
    PlaylistGenerator fromFiles(List<String> paths, String username);

    /** Seeds from the files mapped to recordings, releases, release groups or artists. */
    PlaylistGenerator fromMbids(List<UUID> mbids, String username);
}
