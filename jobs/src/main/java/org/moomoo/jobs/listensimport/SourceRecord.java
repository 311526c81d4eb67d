package org.moomoo.jobs.listensimport;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One record of an export as its part's reader found it, with where it is for messages. */
sealed interface SourceRecord {

    /** Where the record is: {@code part:line}. */
    String where();

    /** A line of a JSON-lines file, not parsed yet. */
    record JsonLine(String where, String text) implements SourceRecord {}

    /** An element of a JSON array file; {@code podcasts} when the file holds podcast plays only. */
    record JsonElement(String where, JsonNode node, boolean podcasts) implements SourceRecord {}

    /** A CSV row by lower-case header name. */
    record CsvRow(String where, Map<String, String> fields) implements SourceRecord {}

    /** What could not be read at all (the rest of its part is lost with it). */
    record Unreadable(String where, String reason) implements SourceRecord {}
}
