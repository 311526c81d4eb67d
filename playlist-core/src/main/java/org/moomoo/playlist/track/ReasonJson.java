package org.moomoo.playlist.track;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a {@link Reason}: an object with {@code kind}, {@code text} and the kind's facts
 * in snake case, e.g. {@code {"kind":"loved","text":"loved on 2024-03-02","loved_on":"2024-03-02"}};
 * a reason that wraps another holds it under {@code because}. Absent optional facts are left out.
 */
public final class ReasonJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReasonJson() {}

    /** The reason as a JSON object's text. */
    public static String write(Reason reason) {
        return MAPPER.writeValueAsString(node(reason));
    }

    /**
     * The reason a JSON object's text describes.
     *
     * @throws IllegalArgumentException when the text is no reason object, naming what is wrong
     */
    public static Reason read(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("a reason is not valid JSON: " + e.getOriginalMessage(), e);
        }
        return reason(node);
    }

    private static ObjectNode node(Reason reason) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("kind", reason.kind());
        node.put("text", reason.text());
        if (reason instanceof Reason.Similar similar) {
            node.put("nearest_seed", similar.nearestSeed());
            node.put("seed_distance", similar.seedDistance());
            node.put("cf_factor", similar.cfFactor());
            node.put("seed_share", similar.seedShare());
            node.put("predicate_weight", similar.predicateWeight());
            optional(node, "seed_listens", similar.seedListens());
            optional(node, "recency_score", similar.recencyScore());
        } else if (reason instanceof Reason.Seed seed) {
            optional(node, "listens", seed.listens());
        } else if (reason instanceof Reason.Loved loved) {
            node.put("loved_on", loved.lovedOn().toString());
        } else if (reason instanceof Reason.RevisitTrack revisit) {
            node.put("plays", revisit.plays());
            node.put("first_played", revisit.firstPlayed().toString());
            node.put("last_played", revisit.lastPlayed().toString());
            node.put("quiet_days", revisit.quietDays());
        } else if (reason instanceof Reason.RevisitRelease release) {
            optional(node, "release", release.release());
            optional(node, "artist", release.artist());
            node.put("listens_old", release.listensOld());
            node.put("listens_recent", release.listensRecent());
        } else if (reason instanceof Reason.TopArtist top) {
            optional(node, "artist", top.artist());
            node.put("rank", top.rank());
            node.put("plays", top.plays());
            if (top.historyDays() != null) {
                node.put("history_days", top.historyDays());
            }
            because(node, top.because());
        } else if (reason instanceof Reason.SmartMix mix) {
            ArrayNode artists = node.putArray("artists");
            mix.artists().forEach(artists::add);
            because(node, mix.because());
        }
        return node;
    }

    private static void optional(ObjectNode node, String name, Double value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void optional(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void because(ObjectNode node, Reason because) {
        if (because != null) {
            node.set("because", node(because));
        }
    }

    private static Reason reason(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("a reason must be a JSON object, got " + node);
        }
        String kind = string(node, "kind");
        if (kind == null) {
            throw new IllegalArgumentException("a reason needs a kind: " + node);
        }
        return switch (kind) {
            case "similar" ->
                new Reason.Similar(
                        required(node, "nearest_seed"),
                        number(node, "seed_distance"),
                        number(node, "cf_factor"),
                        number(node, "seed_share"),
                        number(node, "predicate_weight"),
                        optionalNumber(node, "seed_listens"),
                        optionalNumber(node, "recency_score"));
            case "seed" -> new Reason.Seed(optionalNumber(node, "listens"));
            case "loved" -> new Reason.Loved(date(node, "loved_on"));
            case "revisit_track" ->
                new Reason.RevisitTrack(
                        (int) number(node, "plays"), date(node, "first_played"), date(node, "last_played"), (int)
                                number(node, "quiet_days"));
            case "revisit_release" ->
                new Reason.RevisitRelease(
                        string(node, "release"), string(node, "artist"), (int) number(node, "listens_old"), (int)
                                number(node, "listens_recent"));
            case "top_artist" -> {
                Double days = optionalNumber(node, "history_days");
                yield new Reason.TopArtist(
                        string(node, "artist"),
                        (int) number(node, "rank"),
                        (long) number(node, "plays"),
                        days == null ? null : days.intValue(),
                        because(node));
            }
            case "smart_mix" -> {
                List<String> artists = new ArrayList<>();
                for (JsonNode artist : node.path("artists")) {
                    if (!artist.isString()) {
                        throw new IllegalArgumentException("a smart mix's artists must be strings: " + node);
                    }
                    artists.add(artist.stringValue());
                }
                yield new Reason.SmartMix(artists, because(node));
            }
            default -> throw new IllegalArgumentException("unknown reason kind " + kind);
        };
    }

    private static Reason because(JsonNode node) {
        JsonNode because = node.path("because");
        return because.isMissingNode() || because.isNull() ? null : reason(because);
    }

    private static String string(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isString() ? value.stringValue() : null;
    }

    private static String required(JsonNode node, String name) {
        String value = string(node, name);
        if (value == null) {
            throw new IllegalArgumentException("a " + string(node, "kind") + " reason needs " + name + ": " + node);
        }
        return value;
    }

    private static double number(JsonNode node, String name) {
        Double value = optionalNumber(node, name);
        if (value == null) {
            throw new IllegalArgumentException("a " + string(node, "kind") + " reason needs " + name + ": " + node);
        }
        return value;
    }

    private static Double optionalNumber(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isNumber() ? value.doubleValue() : null;
    }

    private static LocalDate date(JsonNode node, String name) {
        try {
            return LocalDate.parse(required(node, name));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " of a reason is no date: " + node, e);
        }
    }
}
