package org.moomoo.jobs.localfiles;

import java.nio.file.Path;

/**
 * An audio file as the walk of the library found it: enough to tell whether it changed since the
 * last scan, without the further facts ({@link LibraryFile}) that only a file to read needs.
 *
 * @param path         where to read it
 * @param relativePath path relative to the library root, {@code /}-separated: the table's key
 * @param stamp        size and modification time, which decide whether the file changed
 */
public record FoundFile(Path path, String relativePath, FileStamp stamp) {}
