package org.moomoo.playlist.generator;

import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;

/** Makes the two kinds of generator; a null username means no listening history is used. */
public interface Generators {

    /** Seeds from one path (a folder-aware prefix) or from several exact paths. */
    PlaylistGenerator fromFiles(List<String> paths, String username);

    /** Seeds from the files mapped to recordings, releases, release groups or artists. */
    PlaylistGenerator fromMbids(List<UUID> mbids, String username);

    /**
     * The same generators with every random choice (samples of paths and sources, the shown seeds,
     * the shuffle) drawn from {@code random}: a job run with a seed then makes the same playlists
     * whatever the application's generator has drawn before.
     */
    Generators drawingFrom(RandomGenerator random);
}
