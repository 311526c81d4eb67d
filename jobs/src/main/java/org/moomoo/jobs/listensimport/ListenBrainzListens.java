package org.moomoo.jobs.listensimport;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.moomoo.jobs.listens.ListenKey;
import org.moomoo.jobs.listensimport.ImportItem.Listen;
import org.moomoo.jobs.listensimport.ImportItem.Malformed;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Listens of a ListenBrainz export, stored verbatim: they already are the listen JSON the API
 * returns. A line is only scanned for {@code listened_at} and {@code recording_msid}, which is what
 * keeps a million-listen export fast; a listen without an msid gets a {@link DerivedMsid}.
 */
final class ListenBrainzListens {

    private final JsonMapper json;

    ListenBrainzListens(JsonMapper json) {
        this.json = json;
    }

    ImportItem line(String where, String text, String username) {
        if (text.contains("\\u0000")) {
            return new Malformed(where, "holds a \\u0000 character, which PostgreSQL cannot store");
        }
        Long listenedAt = null;
        String msid = null;
        try (JsonParser parser = json.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new Malformed(where, "not a JSON object");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("listened_at")) {
                    listenedAt = value == JsonToken.VALUE_NUMBER_INT
                            ? Long.valueOf(parser.getLongValue())
                            : value == JsonToken.VALUE_STRING ? epoch(parser.getString()) : null;
                } else if (name.equals("recording_msid") && value == JsonToken.VALUE_STRING) {
                    msid = parser.getString();
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                return new Malformed(where, "text after the JSON object");
            }
        } catch (JacksonException e) {
            return new Malformed(where, "malformed JSON: " + e.getOriginalMessage());
        }
        if (listenedAt == null) {
            return new Malformed(where, "no listened_at (epoch seconds)");
        }
        if (msid == null || msid.isBlank()) {
            return node(where, json.readTree(text), username);
        }
        return new Listen(ListenKey.of(username, msid, listenedAt), username, text, listenedAt);
    }

    ImportItem node(String where, JsonNode listen, String username) {
        if (!(listen instanceof ObjectNode object)) {
            return new Malformed(where, "not a JSON object");
        }
        JsonNode at = object.path("listened_at");
        Long listenedAt =
                at.isIntegralNumber() ? Long.valueOf(at.asLong()) : at.isString() ? epoch(at.asString()) : null;
        if (listenedAt == null) {
            return new Malformed(where, "no listened_at (epoch seconds)");
        }
        String msid = object.path("recording_msid").asString("");
        if (msid.isBlank()) {
            JsonNode track = object.path("track_metadata");
            String artist = track.path("artist_name").asString("");
            String title = track.path("track_name").asString("");
            if (artist.isBlank() || title.isBlank()) {
                return new Malformed(where, "no recording_msid, and no artist_name and track_name to derive one from");
            }
            msid = DerivedMsid.of(artist, title, track.path("release_name").asString(""));
            object.put("recording_msid", msid);
        }
        String text = json.writeValueAsString(object);
        if (text.contains("\\u0000")) {
            return new Malformed(where, "holds a \\u0000 character, which PostgreSQL cannot store");
        }
        return new Listen(ListenKey.of(username, msid, listenedAt), username, text, listenedAt);
    }

    // Epoch seconds as a string, or an ISO instant; null when neither.
    private static Long epoch(String value) {
        try {
            return value.chars().allMatch(Character::isDigit) && !value.isEmpty()
                    ? Long.parseLong(value)
                    : Instant.parse(value).getEpochSecond();
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }
}
