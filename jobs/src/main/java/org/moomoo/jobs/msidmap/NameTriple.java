package org.moomoo.jobs.msidmap;

/**
 * One distinct (title, album, artist) of the local library, as {@code local_music_files} holds it.
 *
 * @param recordingMd5  the key shared with {@code local_music_files}
 * @param recordingName the title tag
 * @param releaseName   the album tag
 * @param artistName    the artist tag
 */
record NameTriple(String recordingMd5, String recordingName, String releaseName, String artistName) {

    /** {@code recording: T, release: A, artist: R}, for log lines. */
    String describe() {
        return "recording: " + recordingName + ", release: " + releaseName + ", artist: " + artistName;
    }
}
