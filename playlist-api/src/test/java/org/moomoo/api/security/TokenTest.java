package org.moomoo.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.moomoo.api.ApiClient;
import org.moomoo.api.ApiTestProperties;
import org.moomoo.api.Json;
import org.moomoo.models.testing.AnalyticDatabaseInitializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ContextConfiguration;

/**
 * With a token configured, every route but /ping needs it as a bearer token; it never reaches the
 * log. The configured CORS origin may call the routes from a web page (its preflight needs no token).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            ApiTestProperties.PLAIN,
            "moomoo.api.token=" + TokenTest.TOKEN,
            "logging.level.org.moomoo.api=DEBUG",
            "moomoo.api.cors-origins=" + TokenTest.ORIGIN
        })
@ContextConfiguration(initializers = AnalyticDatabaseInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class TokenTest {

    static final String TOKEN = "s3cret-T0ken-do-not-log";
    static final String ORIGIN = "http://player.example";

    @Value("${local.server.port}")
    int port;

    ApiClient api;

    @BeforeAll
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aRequestWithoutTheTokenIsA401Envelope() {
        HttpResponse<String> response = api.get("/version");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.body())
                .isEqualTo(
                        "{\"success\": false, \"error\": \"This server needs a token: send Authorization: Bearer <token>.\"}");
    }

    @Test
    void aWrongTokenIsA401Envelope() {
        HttpResponse<String> response = api.get("/playlist/loved/ada", "Bearer " + TOKEN + "x");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Json.body(response).get("error").asString()).isEqualTo("The token is wrong.");
    }

    @Test
    void anotherSchemeIsA401Envelope() {
        HttpResponse<String> response = api.get("/version", "Basic " + TOKEN);
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void theRightTokenReachesTheRoutes() {
        assertThat(api.get("/version", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
        HttpResponse<String> collection = api.get("/playlist/loved/nobody", "Bearer " + TOKEN);
        assertThat(collection.statusCode()).isEqualTo(404);
        assertThat(Json.body(collection).get("error").asString())
                .isEqualTo("Collection loved-tracks collection not found for nobody.");
    }

    @Test
    void unknownRoutesAndTheActuatorNeedTheTokenToo() {
        assertThat(api.get("/nope").statusCode()).isEqualTo(401);
        assertThat(api.get("/actuator/health").statusCode()).isEqualTo(401);
        assertThat(api.get("/actuator/health", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void pingNeedsNoToken() {
        HttpResponse<String> response = api.get("/ping");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.body(response).get("success").asBoolean()).isTrue();
    }

    @Test
    void theConfiguredOriginMayCallFromAWebPage() {
        HttpResponse<String> preflight = api.send(
                "OPTIONS",
                "/version",
                "Origin",
                ORIGIN,
                "Access-Control-Request-Method",
                "GET",
                "Access-Control-Request-Headers",
                "authorization");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue(ORIGIN);
        HttpResponse<String> response =
                api.send("GET", "/version", "Origin", ORIGIN, "Authorization", "Bearer " + TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);
    }

    @Test
    void anotherOriginIsRefused() {
        HttpResponse<String> response =
                api.send("GET", "/version", "Origin", "http://elsewhere.example", "Authorization", "Bearer " + TOKEN);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theTokenIsNeverLogged(CapturedOutput output) {
        api.get("/version", "Bearer " + TOKEN);
        api.get("/version", "Bearer " + TOKEN + "x");
        assertThat(output.getAll()).contains("GET /version 200").doesNotContain(TOKEN);
    }
}
