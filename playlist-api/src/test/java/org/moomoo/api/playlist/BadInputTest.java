package org.moomoo.api.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moomoo.api.ApiClient;
import org.moomoo.api.ApiTestProperties;
import org.moomoo.api.Json;
import org.moomoo.models.testing.AnalyticDatabaseInitializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * Each kind of bad input is a 4xx with the JSON error envelope and a message that says what is
 * wrong: never a 500, a stack trace or a Java class name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = ApiTestProperties.PLAIN)
@ContextConfiguration(initializers = AnalyticDatabaseInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    @Value("${local.server.port}")
    int port;

    ApiClient api;

    @BeforeAll
    void client() {
        api = new ApiClient(port);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /playlist/from-files                                  | 400 | No paths provided.
            /playlist/from-files?n=5                              | 400 | No paths provided.
            /playlist/from-files?path=                            | 400 | path must not be empty; give a file or folder relative to the library.
            /playlist/from-files?path=a%00b                       | 400 | path 'a\\u0000b' contains a control character.
            /playlist/from-files?path=a&n=abc                     | 400 | n must be a whole number from 1 to 500, got 'abc'.
            /playlist/from-files?path=a&n=2.5                     | 400 | n must be a whole number from 1 to 500, got '2.5'.
            /playlist/from-files?path=a&n=0                       | 400 | n must be a whole number from 1 to 500, got '0'.
            /playlist/from-files?path=a&n=501                     | 400 | n must be a whole number from 1 to 500, got '501'.
            /playlist/from-files?path=a&n=-1                      | 400 | n must be a whole number from 1 to 500, got '-1'.
            /playlist/from-files?path=a&n=99999999999             | 400 | n must be a whole number from 1 to 500, got '99999999999'.
            /playlist/from-files?path=a&n=                        | 400 | n must be a whole number from 1 to 500, got ''.
            /playlist/from-files?path=a&n=1&n=2                   | 400 | n is given 2 times; give it once.
            /playlist/from-files?path=a&seed=x                    | 400 | seed must be a whole number from 1 to n (20), got 'x'.
            /playlist/from-files?path=a&seed=0                    | 400 | seed must be a whole number from 1 to n (20), got '0'.
            /playlist/from-files?path=a&n=5&seed=6                | 400 | seed must be a whole number from 1 to n (5), got '6'.
            /playlist/from-files?path=a&username=                 | 400 | username must not be empty.
            /playlist/from-files?path=a&username=a%0Ab            | 400 | username 'a\\nb' contains a control character.
            /playlist/from-files?path=a&username=zed              | 404 | Unknown user 'zed': no listens or collections are stored for that name.
            /playlist/from-files?path=a&username=x&username=y     | 400 | username is given 2 times; give it once.
            /playlist/from-files?path=a&recency=0.5               | 400 | recency needs a username: it pushes away what that listener played recently.
            /playlist/from-files?path=a&username=zed&recency=abc  | 400 | recency must be a number from 0 to 100 (try 0.5), got 'abc'.
            /playlist/from-files?path=a&username=zed&recency=-1   | 400 | recency must be a number from 0 to 100 (try 0.5), got '-1'.
            /playlist/from-files?path=a&username=zed&recency=101  | 400 | recency must be a number from 0 to 100 (try 0.5), got '101'.
            /playlist/from-files?path=a&username=zed&recency=NaN  | 400 | recency must be a number from 0 to 100 (try 0.5), got 'NaN'.
            /playlist/from-mbids                                  | 400 | No MBIDs provided.
            /playlist/from-mbids?mbid=abc                         | 400 | mbid 'abc' is not an MBID; expected a UUID like 89ad4ac3-39f7-470e-963a-56509c546377.
            /playlist/from-mbids?mbid=1-1-1-1-1                   | 400 | mbid '1-1-1-1-1' is not an MBID; expected a UUID like 89ad4ac3-39f7-470e-963a-56509c546377.
            /playlist/from-mbids?mbid=89ad4ac3-39f7-470e-963a-56509c546377&n=0 | 400 | n must be a whole number from 1 to 500, got '0'.
            /playlist/loved/a%09b                                 | 400 | username 'a\tb' contains a control character.
            """)
    void aBadParameterIsRefusedWithAMessage(String pathAndQuery, int status, String message) {
        HttpResponse<String> response = api.get(pathAndQuery);
        assertRefused(response, status, message.replace("\\u0000", "\u0000").translateEscapes());
    }

    @Test
    void aQueryStringThatIsNotPercentEncodedIsRefused() {
        assertRefused(
                api.raw("GET /playlist/from-files?path=a%zz HTTP/1.1"),
                400,
                "The query string cannot be decoded: encode parameters as UTF-8 with %XX escapes.");
    }

    @Test
    void moreThanAHundredPathsAreRefused() {
        String paths = IntStream.rangeClosed(1, 101).mapToObj(i -> "path=p" + i).collect(Collectors.joining("&"));
        assertRefused(api.get("/playlist/from-files?" + paths), 400, "At most 100 path values are accepted, got 101.");
    }

    @Test
    void moreThanAHundredMbidsAreRefused() {
        String mbids = IntStream.rangeClosed(1, 101)
                .mapToObj(i -> "mbid=89ad4ac3-39f7-470e-963a-%012d".formatted(i))
                .collect(Collectors.joining("&"));
        assertRefused(api.get("/playlist/from-mbids?" + mbids), 400, "At most 100 mbid values are accepted, got 101.");
    }

    @Test
    void aTooLongPathIsRefused() {
        assertRefused(
                api.get("/playlist/from-files?path=" + "a".repeat(4097)),
                400,
                "path is 4097 characters long; at most 4096 are accepted.");
    }

    @Test
    void aTooLongUsernameIsRefused() {
        assertRefused(
                api.get("/playlist/loved/" + "u".repeat(201)),
                400,
                "username is 201 characters long; at most 200 are accepted.");
        assertRefused(
                api.get("/playlist/from-files?path=a&username=" + "u".repeat(201)),
                400,
                "username is 201 characters long; at most 200 are accepted.");
    }

    private static void assertRefused(HttpResponse<String> response, int status, String message) {
        assertRefused(
                new ApiClient.RawReply(
                        response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(null),
                        response.body()),
                status,
                message);
    }

    private static void assertRefused(ApiClient.RawReply reply, int status, String message) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).isEqualTo("application/json");
        JsonNode body = Json.body(reply.body());
        assertThat(body.get("success").asBoolean()).isFalse();
        assertThat(body.get("error").asString()).isEqualTo(message);
        assertThat(reply.body()).doesNotContain("Exception", "java.", "org.", "\tat ");
        assertThat(body.properties()).hasSize(2);
    }
}
