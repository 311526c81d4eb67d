package org.moomoo.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * The web page's sign-in: POST /session with the right token sets an HttpOnly, SameSite=Strict
 * session cookie that the routes accept in place of the header; a wrong token is refused, a token
 * in the URL is refused, and the token is never logged.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            ApiTestProperties.PLAIN,
            "moomoo.api.token=" + SessionTest.TOKEN,
            "logging.level.org.moomoo.api=DEBUG"
        })
@ContextConfiguration(initializers = AnalyticDatabaseInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class SessionTest {

    static final String TOKEN = "page-s3cret-never-logged";

    @Value("${local.server.port}")
    int port;

    ApiClient api;
    HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void thePageAndItsFilesNeedNoToken() {
        HttpResponse<String> page = api.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'self'"));
        assertThat(api.get("/web/app.js").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionStateSaysATokenIsNeeded() {
        var body = Json.body(api.get("/session"));
        assertThat(body.get("token_required").asBoolean()).isTrue();
        assertThat(body.get("signed_in").asBoolean()).isFalse();
    }

    @Test
    void theRightTokenSetsAnHttpOnlyStrictCookieThatTheRoutesAccept() throws Exception {
        HttpResponse<String> signIn = post("token=" + TOKEN);
        assertThat(signIn.statusCode()).isEqualTo(200);
        String setCookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("moomoo_session=").contains("HttpOnly").contains("SameSite=Strict");
        assertThat(setCookie).doesNotContain(TOKEN);
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        assertThat(api.send("GET", "/version", "Cookie", cookie).statusCode()).isEqualTo(200);
        var state = Json.body(api.send("GET", "/session", "Cookie", cookie));
        assertThat(state.get("signed_in").asBoolean()).isTrue();
    }

    @Test
    void aWrongTokenIsRefusedAndSetsNoCookie() throws Exception {
        HttpResponse<String> signIn = post("token=" + TOKEN + "x");
        assertThat(signIn.statusCode()).isEqualTo(401);
        assertThat(signIn.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(Json.body(signIn).get("error").asString()).isEqualTo("The token is wrong.");
    }

    @Test
    void aMadeUpCookieIsRefused() {
        HttpResponse<String> response = api.send("GET", "/version", "Cookie", "moomoo_session=made-up");
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenInTheUrlIsRefused() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/session?token=" + TOKEN))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(""))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void theTokenIsNeverLogged(CapturedOutput output) throws Exception {
        post("token=" + TOKEN);
        post("token=" + TOKEN + "x");
        assertThat(output.getAll()).contains("POST /session 200").doesNotContain(TOKEN);
    }

    private HttpResponse<String> post(String form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/session"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
