package org.moomoo.jobs.listensimport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads and converts an export's records on a thread of its own, up to {@code capacity} items ahead
 * of the step: while PostgreSQL stores one chunk, the next one is unpacked, scanned and keyed on the
 * other core. The items pass between the threads in batches of {@value #BATCH}, so that the threads
 * meet once per batch rather than once per item. The position it saves at each commit counts the
 * items handed to the step, not those read ahead, so that a restarted run reads on after the last
 * committed chunk.
 */
final class ReadAheadReader implements ItemStreamReader<ImportItem> {

    static final int BATCH = 500;

    /** What the reading thread hands over after the last item. */
    private static final Object END = new Object();

    /** What the reading thread hands over when reading or converting failed. */
    private record Failure(RuntimeException exception) {}

    private final ExportReader records;
    private final ListenConverter converter;
    private final BlockingQueue<List<Object>> queue;
    private List<Object> batch = List.of();
    private int next;
    private Thread thread;
    private long position;
    private boolean finished;

    ReadAheadReader(ExportReader records, ListenConverter converter, int capacity) {
        this.records = records;
        this.converter = converter;
        this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity / BATCH));
    }

    @Override
    public void open(ExecutionContext context) {
        records.open(context);
        position = context.getLong(ExportReader.POSITION_KEY, 0L);
        thread = new Thread(this::readAhead, "listens-import-read-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public ImportItem read() {
        if (finished) {
            return null;
        }
        if (next == batch.size()) {
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ItemStreamException("interrupted while waiting for the export's next record", e);
            }
            next = 0;
        }
        Object item = batch.get(next++);
        if (item == END) {
            finished = true;
            return null;
        }
        if (item instanceof Failure failure) {
            finished = true;
            throw failure.exception();
        }
        position++;
        return (ImportItem) item;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(ExportReader.POSITION_KEY, position);
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
        records.close();
    }

    private void readAhead() {
        List<Object> items = new ArrayList<>(BATCH);
        try {
            try {
                for (SourceRecord record = records.read(); record != null; record = records.read()) {
                    items.add(converter.process(record));
                    if (items.size() == BATCH) {
                        queue.put(items);
                        items = new ArrayList<>(BATCH);
                    }
                }
                items.add(END);
            } catch (RuntimeException e) {
                // Handed over in order: the step stores the items read before the failure first.
                items.add(new Failure(e));
            }
            queue.put(items);
        } catch (InterruptedException e) {
            // The step closed the reader: nothing more is wanted.
        }
    }
}
