package org.moomoo.jobs.localfiles;

import java.time.Instant;

/**
 * Size and modification time (whole seconds) of a file: when both are as stored, the file is not
 * read again.
 */
public record FileStamp(long sizeBytes, Instant modifiedAt) {}
