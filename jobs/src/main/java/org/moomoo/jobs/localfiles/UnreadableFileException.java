package org.moomoo.jobs.localfiles;

import java.io.IOException;

/**
 * Says that our own Ogg and Opus readers cannot read a file's tags. The message is the short human
 * reason that {@link TagReader} stores in {@code read_error}, such as
 * {@code truncated Ogg file: it ends inside the page at byte 47}.
 */
final class UnreadableFileException extends IOException {

    UnreadableFileException(String reason) {
        super(reason);
    }
}
