package org.moomoo.jobs.localfiles;

import org.moomoo.jobs.worklist.Md5Key;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one file's tags and turns them into its table row. Safe to call from several threads.
 *
 * <p>A file whose tags cannot be read still becomes a row, with {@code {}} as its tags and the
 * reason logged and kept in {@code read_error}, so that it is not read again until it changes.
 */
final class LocalFileProcessor implements ItemProcessor<LibraryFile, LocalFileRow> {

    private static final Logger log = LoggerFactory.getLogger(LocalFileProcessor.class);

    private final TagReader tagReader;
    private final JsonMapper json;

    LocalFileProcessor(TagReader tagReader, JsonMapper json) {
        this.tagReader = tagReader;
        this.json = json;
    }

    @Override
    public LocalFileRow process(LibraryFile file) {
        AudioTags tags = tagReader.read(file.path());
        if (tags.failure() != null) {
            log.warn("Cannot read tags of {}: {}; keeping it with empty metadata", file.relativePath(), tags.failure());
        }
        String title = tags.title();
        String album = tags.album();
        String artist = tags.artist();
        boolean named = notEmpty(title) && notEmpty(album) && notEmpty(artist);
        return new LocalFileRow(
                file.relativePath(),
                named ? Md5Key.of(title, album, artist) : null,
                named ? title : null,
                named ? album : null,
                named ? artist : null,
                json.writeValueAsString(tags.json()),
                file.stamp(),
                file.changedAt(),
                file.bornAt(),
                tags.failure());
    }

    private static boolean notEmpty(String value) {
        return value != null && !value.isEmpty();
    }
}
