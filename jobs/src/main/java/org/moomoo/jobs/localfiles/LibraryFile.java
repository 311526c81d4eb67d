package org.moomoo.jobs.localfiles;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One audio file found under the library root, with the file-system facts the job stores.
 *
 * @param path         where to read it
 * @param relativePath path relative to the library root, {@code /}-separated: the table's key
 * @param stamp        size and modification time, which decide whether the file changed
 * @param changedAt    inode change time ({@code st_ctime}), whole seconds
 * @param bornAt       the file system's creation time, or null where it keeps none
 */
public record LibraryFile(Path path, String relativePath, FileStamp stamp, Instant changedAt, Instant bornAt) {}
