package org.moomoo.jobs.annotate;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes a chunk of lookups in the chunk's transaction. */
final class AnnotationsWriter implements ItemWriter<Annotation> {

    private final AnnotationsTable table;

    AnnotationsWriter(AnnotationsTable table) {
        this.table = table;
    }

    @Override
    public void write(Chunk<? extends Annotation> chunk) {
        table.write(chunk.getItems());
    }
}
