package org.moomoo.api;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading response bodies in tests. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    public static JsonNode body(HttpResponse<String> response) {
        return body(response.body());
    }

    public static JsonNode body(String body) {
        return MAPPER.readTree(body);
    }
}
