package org.moomoo.jobs.evaluate;

import java.util.Objects;

/**
 * A file of the library as the baselines see it.
 *
 * @param filepath  its path
 * @param albumKey  its album: the release MBID, else its folder
 * @param artistKey its artist identity ({@code local_files.artist_key}), or null when it has none
 * @param embedded  whether the engine has a vector for it (a "more like this" seed needs one)
 */
record LibraryFile(String filepath, String albumKey, String artistKey, boolean embedded) {

    LibraryFile {
        Objects.requireNonNull(filepath);
        Objects.requireNonNull(albumKey);
    }
}
