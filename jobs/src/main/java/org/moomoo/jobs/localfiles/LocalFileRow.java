package org.moomoo.jobs.localfiles;

import java.time.Instant;
import org.moomoo.jobs.progress.FailureCounted;

/**
 * One row of {@code raw.local_music_files}, plus the birth time to record for a path seen for the
 * first time.
 *
 * @param filepath      relative path, the key
 * @param recordingMd5  md5 of title, album and artist when all three are present, else null
 * @param recordingName title, when all three are present
 * @param releaseName   album, when all three are present
 * @param artistName    artist, when all three are present
 * @param jsonData      the 18-key tag object, or {@code {}} when the file could not be read
 * @param stamp         size and modification time
 * @param changedAt     inode change time, stored as {@code file_created_at} as the original did
 * @param bornAt        file-system birth time, or null to record the time the file was first seen
 * @param readError     why the tags could not be read, or null
 */
public record LocalFileRow(
        String filepath,
        String recordingMd5,
        String recordingName,
        String releaseName,
        String artistName,
        String jsonData,
        FileStamp stamp,
        Instant changedAt,
        Instant bornAt,
        String readError)
        implements FailureCounted {

    @Override
    public boolean failed() {
        return readError != null;
    }
}
