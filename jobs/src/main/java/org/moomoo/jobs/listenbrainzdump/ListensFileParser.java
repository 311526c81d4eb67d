package org.moomoo.jobs.listenbrainzdump;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a {@code .listens} file of a ListenBrainz dump (one JSON listen a line) into listen counts
 * (spec/ingest.md 5.10, "Line parsing"). It walks the token stream and keeps only {@code user_id}
 * and the artist MBIDs of {@code track_metadata.additional_info}, skipping everything else
 * unread: building a tree per line is what made the original slow.
 */
final class ListensFileParser {

    private static final JsonFactory JSON = JsonFactory.builder()
            // The stream is a tar entry: closing it is the archive reader's business.
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private UUID[] lineArtists = new UUID[8];
    private int lineArtistCount;

    /**
     * Adds every listen of {@code listens} to {@code counts}.
     *
     * @param name the file's name in the archive, for the failure message
     * @return the number of listens (lines) read
     * @throws MalformedDumpException for a line that is no JSON object or lacks {@code user_id} or
     *     {@code track_metadata.additional_info}, naming the file and the line
     */
    long parse(String name, InputStream listens, ListenCounts counts) {
        long lines = 0;
        long line = 1;
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), listens)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                line = parser.currentTokenLocation().getLineNr();
                if (token != JsonToken.START_OBJECT) {
                    throw new MalformedDumpException(name + " line " + line + ": not a JSON object");
                }
                int userId = listen(parser, name, line);
                for (int i = 0; i < lineArtistCount; i++) {
                    counts.add(userId, lineArtists[i]);
                }
                lines++;
            }
        } catch (JacksonIOException e) {
            // Not the JSON's fault: the archive under it broke off or is corrupt.
            throw new UncheckedIOException(e.getCause());
        } catch (JacksonException e) {
            // The line the broken listen starts on: the parser may have read on past its end.
            String message = e.getOriginalMessage().replaceFirst(" \\(start marker.*", "");
            throw new MalformedDumpException(name + " line " + line + ": malformed JSON (" + message + ")", e);
        }
        return lines;
    }

    /** Reads one listen object, the parser on its START_OBJECT; returns its user id, its artists in lineArtists. */
    private int listen(JsonParser parser, String name, long line) {
        lineArtistCount = 0;
        boolean hasUser = false;
        boolean hasInfo = false;
        int userId = 0;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("user_id")) {
                if (value != JsonToken.VALUE_NUMBER_INT) {
                    throw new MalformedDumpException(name + " line " + line + ": user_id is not an integer");
                }
                userId = parser.getIntValue();
                hasUser = true;
            } else if (field.equals("track_metadata") && value == JsonToken.START_OBJECT) {
                hasInfo |= trackMetadata(parser);
            } else {
                parser.skipChildren();
            }
        }
        if (!hasUser) {
            throw new MalformedDumpException(name + " line " + line + ": no user_id");
        }
        if (!hasInfo) {
            throw new MalformedDumpException(name + " line " + line + ": no track_metadata.additional_info");
        }
        return userId;
    }

    /** Reads track_metadata, the parser on its START_OBJECT; whether it had an additional_info object. */
    private boolean trackMetadata(JsonParser parser) {
        boolean hasInfo = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("additional_info") && value == JsonToken.START_OBJECT) {
                additionalInfo(parser);
                hasInfo = true;
            } else {
                parser.skipChildren();
            }
        }
        return hasInfo;
    }

    /** artist_mbids when it is a non-empty list, else artist_mbid when it is a non-empty string. */
    private void additionalInfo(JsonParser parser) {
        int fromList = 0;
        UUID single = null;
        boolean singleGiven = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("artist_mbids") && value == JsonToken.START_ARRAY) {
                fromList = 0;
                lineArtistCount = 0;
                while ((value = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (value == JsonToken.VALUE_STRING) {
                        UUID artist = uuid(parser);
                        fromList++;
                        if (artist != null) {
                            keep(artist);
                        }
                    } else {
                        // A non-string element counts as given (the list is not empty) but names no artist.
                        fromList++;
                        parser.skipChildren();
                    }
                }
            } else if (field.equals("artist_mbid") && value == JsonToken.VALUE_STRING) {
                singleGiven = parser.getStringLength() > 0;
                single = singleGiven ? uuid(parser) : null;
            } else {
                parser.skipChildren();
            }
        }
        if (fromList == 0) {
            lineArtistCount = 0;
            if (singleGiven && single != null) {
                keep(single);
            }
        }
    }

    private void keep(UUID artist) {
        if (lineArtistCount == lineArtists.length) {
            lineArtists = Arrays.copyOf(lineArtists, lineArtists.length * 2);
        }
        lineArtists[lineArtistCount++] = artist;
    }

    private static UUID uuid(JsonParser parser) {
        return LenientUuid.parse(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
    }
}
