package org.moomoo.jobs.musicbrainz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.moomoo.jobs.musicbrainz.MusicBrainzException.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Looks up one entity with the includes the models read (sql-models/models/sources.yml), as the
 * web service's own JSON document. An artist's document embeds only its first 25 releases, so its
 * {@code releases} are replaced by all of them, browsed 100 at a time (spec/ingest.md 4.6); the
 * special-purpose artists (Various Artists and the like, with tens of thousands) get none.
 */
public final class EntityLookup {

    /** The entities annotated, in the order the queue log writes them. */
    public static final List<String> ENTITIES = List.of("recording", "release", "artist", "release-group");

    static final int BROWSE_LIMIT = 100;

    private static final Map<String, String> INCLUDES = Map.of(
            "artist", "releases+tags+aliases+url-rels+artist-rels",
            "release", "release-groups+artist-credits+labels+url-rels",
            "release-group", "releases+artist-credits+tags+url-rels",
            "recording", "releases+artist-credits+tags");

    private static final Set<String> SPECIAL_PURPOSE_ARTISTS = Set.of(
            "f731ccc4-e22a-43af-a747-64213329e088",
            "33cf029c-63b0-41a0-9855-be2a3665fb3b",
            "314e1c25-dde7-4e4d-b2f4-0a7b9f7c56dc",
            "eec63d3c-3b81-4ad4-b1e4-7c147d4d2b61",
            "9be7f096-97ec-4615-8957-8d40b5dcbc41",
            "125ec42a-7229-4250-afc5-e057484327fe",
            "fdcc79ef-0832-4c23-a4f9-5c5a4160083d",
            "89ad4ac3-39f7-470e-963a-56509c546377");

    private final MusicBrainzClient client;

    public EntityLookup(MusicBrainzClient client) {
        this.client = client;
    }

    /**
     * The document of {@code entity} {@code mbid} (lower-case, hyphenated).
     *
     * @throws MusicBrainzException when it cannot be had; {@link Kind#BAD_ANSWER} for an answer of
     *     another shape than an entity document
     * @throws IllegalArgumentException for an entity other than the four of {@link #ENTITIES}
     */
    public ObjectNode lookup(String entity, String mbid) {
        String includes = INCLUDES.get(entity);
        if (includes == null) {
            throw new IllegalArgumentException("Unknown entity type: " + entity + ".");
        }
        // HttpUrl encodes "+" in a query value; the web service takes spaces as the separator too.
        JsonNode answer = client.get(entity + "/" + mbid, Map.of("inc", includes.replace('+', ' ')));
        if (!answer.path("id").isString()) {
            throw new MusicBrainzException(
                    Kind.BAD_ANSWER, "unexpected answer from MusicBrainz for " + entity + " " + mbid + ": no id");
        }
        ObjectNode document = (ObjectNode) answer;
        if (entity.equals("artist")) {
            ArrayNode releases = document.putArray("releases");
            if (!SPECIAL_PURPOSE_ARTISTS.contains(mbid)) {
                allReleases(mbid).forEach(releases::add);
            }
        }
        return document;
    }

    /** Every release of the artist, once each, ordered by id. */
    private List<JsonNode> allReleases(String artist) {
        Map<String, JsonNode> byId = new TreeMap<>();
        int offset = 0;
        while (true) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("artist", artist);
            query.put("limit", String.valueOf(BROWSE_LIMIT));
            if (offset > 0) {
                query.put("offset", String.valueOf(offset));
            }
            JsonNode page = client.get("release", query);
            JsonNode releases = page.path("releases");
            if (!releases.isArray()) {
                throw new MusicBrainzException(
                        Kind.BAD_ANSWER,
                        "unexpected answer from MusicBrainz browsing the releases of artist " + artist
                                + ": no releases array");
            }
            for (JsonNode release : releases) {
                if (release.path("id").isString()) {
                    byId.putIfAbsent(release.path("id").stringValue(), release);
                }
            }
            // MusicBrainz may return fewer than the limit: advance by what came.
            offset += releases.size();
            if (releases.isEmpty() || offset >= page.path("release-count").asInt(0)) {
                break;
            }
        }
        List<JsonNode> ordered = new ArrayList<>(byId.values());
        ordered.sort(Comparator.comparing(r -> r.path("id").stringValue()));
        return ordered;
    }
}
