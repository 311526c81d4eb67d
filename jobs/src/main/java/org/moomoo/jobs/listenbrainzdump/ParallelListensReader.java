package org.moomoo.jobs.listenbrainzdump;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Counts the listens of a dump's {@code .listens} files on several threads: the caller's thread
 * decompresses and untars, and hands the lines over in large blocks of whole lines; parser threads
 * each count into their own {@link ListenCounts} (artist numbers shared), merged at the end. Sums
 * do not depend on which thread counted what, so the counts are those of one thread reading alone.
 *
 * <p>A malformed line fails the read with the message one thread reading in order would give: the
 * first malformed line of the archive, named with its file and line. Blocks after a failed one are
 * dropped unread; blocks before it are still read, since one of them may hold an earlier failure.
 *
 * <p>Use it from one thread; {@link #close()} stops the parser threads in every case.
 */
final class ParallelListensReader implements AutoCloseable {

    /** Bytes per block: about a thousand listens, so that handing one over costs nothing much. */
    static final int BLOCK = 1 << 20;

    private static final Block END = new Block(-1, -1, new byte[0]);

    private final List<String> files = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    private final BlockingQueue<Block> work;
    private final BlockingQueue<byte[]> free;
    private final List<Parser> parsers = new ArrayList<>();
    private final ArtistNumbers artists = new ArtistNumbers();
    private volatile int firstFailedBlock = Integer.MAX_VALUE;
    private boolean closed;

    /** Starts {@code threads} parser threads. */
    ParallelListensReader(int threads) {
        work = new ArrayBlockingQueue<>(2 * threads + 2);
        free = new ArrayBlockingQueue<>(3 * threads + 3);
        for (int i = 0; i < 3 * threads + 3; i++) {
            free.add(new byte[BLOCK]);
        }
        for (int i = 0; i < threads; i++) {
            Parser parser = new Parser();
            parsers.add(parser);
            Thread thread = new Thread(parser, "listens-parser-" + (i + 1));
            thread.setDaemon(true);
            parser.thread = thread;
            thread.start();
        }
    }

    /**
     * Reads the {@code .listens} file {@code in} to its end and hands its lines to the parsers.
     * Returns early, without reading on, once a parser has found a malformed line.
     */
    void read(String name, InputStream in) throws IOException {
        int file = files.size();
        files.add(name);
        byte[] buffer = take();
        int kept = 0;
        while (firstFailedBlock == Integer.MAX_VALUE) {
            int length = kept + in.readNBytes(buffer, kept, buffer.length - kept);
            if (length < buffer.length) {
                // The end of the file: its last line needs no newline.
                if (length > 0) {
                    submit(file, buffer, length);
                } else {
                    recycle(buffer);
                }
                return;
            }
            int whole = ListensFileParser.lastLineEnd(buffer, length);
            if (whole == 0) {
                // A line longer than a block: the block grows until the line fits.
                byte[] larger = new byte[buffer.length * 2];
                System.arraycopy(buffer, 0, larger, 0, length);
                recycle(buffer);
                buffer = larger;
                kept = length;
                continue;
            }
            byte[] next = take();
            if (next.length < length - whole) {
                recycle(next);
                next = new byte[buffer.length];
            }
            System.arraycopy(buffer, whole, next, 0, length - whole);
            kept = length - whole;
            submit(file, buffer, whole);
            buffer = next;
        }
        recycle(buffer);
    }

    private void submit(int file, byte[] bytes, int length) {
        Block block = new Block(blocks.size(), file, bytes);
        block.length = length;
        blocks.add(block);
        put(block);
    }

    /** Gives a block-sized buffer back for the next blocks; a grown one is left to the collector. */
    private void recycle(byte[] buffer) {
        if (buffer.length == BLOCK) {
            free.offer(buffer);
        }
    }

    /**
     * Waits for the parsers to finish every block handed over, and merges their counts.
     *
     * @throws MalformedDumpException for the first malformed line, naming its file and line
     */
    ListenCounts finish() {
        stopParsers();
        rethrowFirstFailure();
        ListenCounts total = parsers.get(0).counts;
        for (int i = 1; i < parsers.size(); i++) {
            total.addAll(parsers.get(i).counts);
            parsers.get(i).counts = null;
        }
        return total;
    }

    /** The listens (lines holding a listen) read so far; once {@link #finish()} returned, of all blocks. */
    long listens() {
        long listens = 0;
        for (Block block : blocks) {
            listens += block.listens;
        }
        return listens;
    }

    /**
     * Waits for the blocks handed over to be read; when one of them held a malformed line, throws
     * its failure (it lies before whatever the caller's thread ran into since).
     */
    void rethrowFirstFailure() {
        stopParsers();
        for (Parser parser : parsers) {
            if (parser.crash != null) {
                throw new IllegalStateException("a listens parser thread failed: " + parser.crash, parser.crash);
            }
        }
        int failed = firstFailedBlock;
        if (failed == Integer.MAX_VALUE) {
            return;
        }
        Block block = blocks.get(failed);
        long line = block.failure.line;
        for (int i = failed - 1; i >= 0 && blocks.get(i).file == block.file; i--) {
            line += blocks.get(i).lines;
        }
        throw new MalformedDumpException(
                files.get(block.file) + " line " + line + ": " + block.failure.getMessage(), block.failure);
    }

    @Override
    public void close() {
        stopParsers();
    }

    private void stopParsers() {
        if (closed) {
            return;
        }
        closed = true;
        boolean interrupted = false;
        for (int i = 0; i < parsers.size(); i++) {
            while (true) {
                try {
                    work.put(END);
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        for (Parser parser : parsers) {
            while (true) {
                try {
                    parser.thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private byte[] take() {
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading listens", e);
        }
    }

    private void put(Block block) {
        try {
            work.put(block);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading listens", e);
        }
    }

    /** A block of whole lines of one file, and what its parser found in it. */
    private static final class Block {
        final int sequence;
        final int file;
        byte[] bytes;
        int length;
        // Written by the parser thread, read by the caller's after it joined the parsers.
        int lines;
        long listens;
        ListensFileParser.MalformedLineException failure;

        Block(int sequence, int file, byte[] bytes) {
            this.sequence = sequence;
            this.file = file;
            this.bytes = bytes;
        }
    }

    /** One parser thread: takes blocks until the end marker, counting into its own counts. */
    private final class Parser implements Runnable {
        final ListensFileParser parser = new ListensFileParser();
        ListenCounts counts = new ListenCounts(artists);
        Thread thread;
        volatile Throwable crash;

        @Override
        public void run() {
            Block block;
            while ((block = next()) != END) {
                // Once a parser broke or a line failed, later blocks need no reading: only drained.
                if (block.sequence < firstFailedBlock && crash == null) {
                    try {
                        parse(block);
                    } catch (RuntimeException | Error e) {
                        crash = e;
                        firstFailedBlock = -1;
                    }
                }
                recycle(block.bytes);
                block.bytes = null;
            }
            if (crash == null) {
                // Sorting this thread's listens here, beside the other parsers, leaves only a merge.
                try {
                    counts.fold();
                } catch (RuntimeException | Error e) {
                    crash = e;
                }
            }
        }

        private Block next() {
            while (true) {
                try {
                    return work.take();
                } catch (InterruptedException e) {
                    // Only close() ends a parser: it must keep draining, or the reading thread would wait forever.
                    crash = e;
                    firstFailedBlock = -1;
                }
            }
        }

        private void parse(Block block) {
            try {
                long[] done = parser.parseBlock(block.bytes, block.length, counts);
                block.lines = (int) done[0];
                block.listens = done[1];
            } catch (ListensFileParser.MalformedLineException e) {
                block.failure = e;
                synchronized (ParallelListensReader.this) {
                    if (block.sequence < firstFailedBlock) {
                        firstFailedBlock = block.sequence;
                    }
                }
            }
        }
    }
}
