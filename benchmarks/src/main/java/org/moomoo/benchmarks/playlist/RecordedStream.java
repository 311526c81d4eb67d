package org.moomoo.benchmarks.playlist;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.moomoo.playlist.similarity.Candidate;
import org.moomoo.playlist.similarity.StreamRequest;
import org.moomoo.playlist.similarity.TrackStream;
import org.moomoo.playlist.track.Track;

/**
 * A stream that keeps every row the stream it wraps returned last, so that the benchmark can check
 * the answer of the query it just timed without running it again. Reads the whole stream at open.
 */
final class RecordedStream implements TrackStream {

    private final TrackStream stream;
    private List<Candidate> last = List.of();

    RecordedStream(TrackStream stream) {
        this.stream = stream;
    }

    @Override
    public Iterator<Candidate> candidates(StreamRequest request) {
        List<Candidate> rows = new ArrayList<>();
        stream.candidates(request).forEachRemaining(rows::add);
        last = rows;
        return rows.iterator();
    }

    List<Track> last() {
        return last.stream().map(Candidate::track).toList();
    }
}
