package org.moomoo.jobs.listensimport;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.moomoo.jobs.listensimport.SourceRecord.CsvRow;
import org.moomoo.jobs.listensimport.SourceRecord.JsonElement;
import org.moomoo.jobs.listensimport.SourceRecord.JsonLine;
import org.moomoo.jobs.listensimport.SourceRecord.Unreadable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The records of one part of an export, one at a time: JSON lines, the elements of a JSON array, or
 * CSV rows. A part that breaks off (a JSON array cut short, a CSV quote never closed) ends with one
 * {@link Unreadable} record.
 */
abstract sealed class PartRecords implements Closeable {

    protected final String part;
    private SourceRecord next;
    private boolean done;

    private PartRecords(String part) {
        this.part = part;
    }

    /** The reader of {@code part}: JSON lines, a JSON array or CSV as {@code format} and its first byte say. */
    static PartRecords open(ExportFile export, String part, ImportFormat format, JsonMapper json) {
        InputStream in = export.open(part);
        if (format == ImportFormat.LASTFM) {
            return new Csv(part, in);
        }
        boolean array = export.peek(part).stripLeading().startsWith("[");
        if (array) {
            return new JsonArray(part, in, json, ExportFile.baseName(part).contains("podcast"));
        }
        return new JsonLines(part, in);
    }

    /** The next record, or null at the end of the part. */
    final SourceRecord next() {
        if (done) {
            return null;
        }
        next = read();
        if (next == null || next instanceof Unreadable) {
            done = true;
        }
        return next;
    }

    /** Reads the next record, null at the end. */
    protected abstract SourceRecord read();

    protected final String where(long line) {
        return part + ":" + line;
    }

    private static final class JsonLines extends PartRecords {
        private final BufferedReader reader;
        private long line;

        JsonLines(String part, InputStream in) {
            super(part);
            reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        }

        @Override
        protected SourceRecord read() {
            try {
                String text;
                do {
                    text = reader.readLine();
                    line++;
                } while (text != null && text.isBlank());
                return text == null ? null : new JsonLine(where(line), text);
            } catch (IOException e) {
                return new Unreadable(where(line), "unreadable: " + e.getMessage());
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    private static final class JsonArray extends PartRecords {
        private final InputStream in;
        private final JsonParser parser;
        private final boolean podcasts;
        private boolean started;

        JsonArray(String part, InputStream in, JsonMapper json, boolean podcasts) {
            super(part);
            this.in = in;
            this.parser = json.createParser(in);
            this.podcasts = podcasts;
        }

        @Override
        protected SourceRecord read() {
            long line = parser.currentLocation().getLineNr();
            try {
                if (!started) {
                    started = true;
                    if (parser.nextToken() != JsonToken.START_ARRAY) {
                        return new Unreadable(where(line), "not a JSON array");
                    }
                }
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return new Unreadable(where(parser.currentLocation().getLineNr()), "the JSON array is cut short");
                }
                if (token == JsonToken.END_ARRAY) {
                    return null;
                }
                line = parser.currentLocation().getLineNr();
                JsonNode node = parser.readValueAsTree();
                return new JsonElement(where(line), node, podcasts);
            } catch (JacksonException e) {
                return new Unreadable(
                        where(parser.currentLocation().getLineNr()), "malformed JSON: " + e.getOriginalMessage());
            }
        }

        @Override
        public void close() throws IOException {
            parser.close();
            in.close();
        }
    }

    private static final class Csv extends PartRecords {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final String[] names;

        Csv(String part, InputStream in) {
            super(part);
            try {
                parser = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setIgnoreSurroundingSpaces(true)
                        .setAllowMissingColumnNames(true)
                        .setIgnoreEmptyLines(true)
                        .get()
                        .parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            names = parser.getHeaderNames().stream()
                    .map(n -> n.strip().toLowerCase(Locale.ROOT))
                    .toArray(String[]::new);
            records = parser.iterator();
        }

        @Override
        protected SourceRecord read() {
            try {
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord record = records.next();
                // The header is line 1, so record n (from 1) is on line n + 1 when no field spans lines.
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 0; i < names.length && i < record.size(); i++) {
                    fields.put(names[i], record.get(i));
                }
                return new CsvRow(where(record.getRecordNumber() + 1), fields);
            } catch (UncheckedIOException | IllegalStateException e) {
                return new Unreadable(where(parser.getCurrentLineNumber()), "malformed CSV: " + e.getMessage());
            }
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }
}
