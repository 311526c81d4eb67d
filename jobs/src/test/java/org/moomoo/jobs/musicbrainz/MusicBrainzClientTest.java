package org.moomoo.jobs.musicbrainz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.launcher.JobRefusedException;
import org.moomoo.jobs.listenbrainz.RecordingSleeper;
import org.moomoo.jobs.musicbrainz.FakeMusicBrainz.Hit;
import org.moomoo.jobs.musicbrainz.MusicBrainzException.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The MusicBrainz client and lookups against a mock web service. */
class MusicBrainzClientTest {

    static final String CONTACT = "listener@example.org";
    static final String RECORDING = "6a6a5a76-4bd2-4c1d-a9e1-3d5e2e0a1f21";
    static final String ARTIST = "8bfac288-ccc5-448d-9573-c33ea2aa5c30";
    static final String RELEASE = "0c0a1b4f-7a8c-4f2c-9d0e-1f2a3b4c5d6e";

    @StartStop
    final MockWebServer server = new MockWebServer();

    final FakeMusicBrainz fake = new FakeMusicBrainz();
    final RecordingSleeper sleeper = new RecordingSleeper();

    private EntityLookup lookup(Duration interval, Duration callTimeout) {
        server.setDispatcher(fake);
        MusicBrainzSettings settings = new MusicBrainzSettings(
                server.url("/ws/2/").toString(),
                CONTACT,
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                callTimeout,
                interval);
        return new EntityLookup(new MusicBrainzClient(settings, new RequestSchedule(interval), sleeper));
    }

    private EntityLookup lookup() {
        return lookup(Duration.ZERO, Duration.ofSeconds(10));
    }

    @Test
    void looksUpTheJsonDocumentWithTheIncludesOfTheModelsAndAUserAgentWithTheContact() {
        fake.recording(RECORDING, "Scar Tissue", ARTIST, "Red Hot Chili Peppers", RELEASE);

        ObjectNode document = lookup().lookup("recording", RECORDING);

        assertThat(document.path("title").stringValue()).isEqualTo("Scar Tissue");
        assertThat(document.path("length").intValue()).isEqualTo(215840);
        Hit hit = fake.hits().get(0);
        assertThat(hit.url().encodedPath()).isEqualTo("/ws/2/recording/" + RECORDING);
        assertThat(hit.url().queryParameter("fmt")).isEqualTo("json");
        assertThat(hit.url().queryParameter("inc")).isEqualTo("releases artist-credits tags");
        assertThat(hit.userAgent()).startsWith("moomoo/").endsWith("( " + CONTACT + " )");
    }

    @Test
    void waitsTheRetryAfterOfA503ThenTakesTheAnswer() {
        fake.recording(RECORDING, "Scar Tissue", ARTIST, "RHCP", RELEASE)
                .answer(RECORDING, FakeMusicBrainz.rateLimited(7));

        ObjectNode document = lookup().lookup("recording", RECORDING);

        assertThat(document.path("id").stringValue()).isEqualTo(RECORDING);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
        assertThat(fake.lookups()).isEqualTo(2);
    }

    @Test
    void retriesA500AfterABackOff() {
        fake.recording(RECORDING, "Scar Tissue", ARTIST, "RHCP", RELEASE)
                .answer(RECORDING, FakeMusicBrainz.status(500, "Internal Server Error"));

        assertThat(lookup().lookup("recording", RECORDING).path("title").stringValue())
                .isEqualTo("Scar Tissue");
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void gives5xxUpAfterTheBudgetWithTheStatusAndTheServicesMessage() {
        fake.answer(
                RECORDING,
                IntStream.range(0, 5)
                        .mapToObj(i -> FakeMusicBrainz.status(502, "Bad Gateway"))
                        .toArray(MockResponse[]::new));

        assertThatThrownBy(() -> lookup().lookup("recording", RECORDING))
                .isInstanceOfSatisfying(
                        MusicBrainzException.class, e -> assertThat(e.kind()).isEqualTo(Kind.HTTP_ERROR))
                .hasMessage("HTTP 502: Bad Gateway after 5 attempts");
        assertThat(fake.lookups()).isEqualTo(5);
    }

    @Test
    void a404IsNotFoundAndNotRetried() {
        assertThatThrownBy(() -> lookup().lookup("recording", RECORDING))
                .isInstanceOfSatisfying(
                        MusicBrainzException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND))
                .hasMessage("HTTP 404: Not Found");
        assertThat(fake.lookups()).isEqualTo(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void malformedJsonIsABadAnswer() {
        fake.answer(RECORDING, FakeMusicBrainz.malformed());

        assertThatThrownBy(() -> lookup().lookup("recording", RECORDING))
                .isInstanceOfSatisfying(
                        MusicBrainzException.class,
                        e -> assertThat(e.isEntityFailure()).isTrue())
                .hasMessageStartingWith("malformed JSON from MusicBrainz");
    }

    @Test
    void aDocumentWithoutAnIdIsABadAnswer() {
        fake.answer(
                RECORDING,
                new MockResponse.Builder()
                        .code(200)
                        .body("{\"recordings\": []}")
                        .build());

        assertThatThrownBy(() -> lookup().lookup("recording", RECORDING))
                .isInstanceOfSatisfying(
                        MusicBrainzException.class, e -> assertThat(e.kind()).isEqualTo(Kind.BAD_ANSWER))
                .hasMessageContaining("no id");
    }

    @Test
    void aBodyCutShortIsRetriedThenABadAnswer() {
        fake.answer(
                RECORDING,
                IntStream.range(0, 5).mapToObj(i -> FakeMusicBrainz.truncated()).toArray(MockResponse[]::new));

        assertThatThrownBy(() -> lookup().lookup("recording", RECORDING))
                .isInstanceOfSatisfying(
                        MusicBrainzException.class, e -> assertThat(e.kind()).isEqualTo(Kind.BAD_ANSWER))
                .hasMessageContaining("cut short")
                .hasMessageEndingWith("after 5 attempts");
    }

    @Test
    void aBodyCutShortOnceIsReadAgain() {
        fake.recording(RECORDING, "Scar Tissue", ARTIST, "RHCP", RELEASE)
                .answer(RECORDING, FakeMusicBrainz.truncated());

        assertThat(lookup().lookup("recording", RECORDING).path("title").stringValue())
                .isEqualTo("Scar Tissue");
    }

    @Test
    void connectionsThatKeepFailingMakeTheServiceUnreachableNotTheEntity() {
        fake.disconnectAfter(0);

        assertThatThrownBy(() -> lookup().lookup("recording", RECORDING))
                .isInstanceOfSatisfying(MusicBrainzException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
                    assertThat(e.isEntityFailure()).isFalse();
                })
                .hasMessageContaining("connection failed")
                .hasMessageEndingWith("after 5 attempts");
    }

    @Test
    void theCallTimeoutCancelsAnAnswerThatNeverComes() {
        server.setDispatcher(fake);
        fake.answer(
                RECORDING,
                IntStream.range(0, 5)
                        .mapToObj(i -> new MockResponse.Builder()
                                .code(200)
                                .body("{}")
                                .headersDelay(30, TimeUnit.SECONDS)
                                .build())
                        .toArray(MockResponse[]::new));

        assertThatThrownBy(() -> lookup(Duration.ZERO, Duration.ofMillis(300)).lookup("recording", RECORDING))
                .isInstanceOfSatisfying(
                        MusicBrainzException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE))
                .hasMessageContaining("timeout");
        assertThat(fake.lookups()).isEqualTo(5);
    }

    @Test
    void anArtistGetsAllItsReleasesBrowsedInPagesOfWhateverSizeComes() {
        List<String> releases = IntStream.range(0, 250)
                .mapToObj(i -> String.format("00000000-0000-4000-8000-%012d", i))
                .toList();
        fake.artist(ARTIST, "Prolific", releases);
        Random random = new Random(11);
        fake.browsePageSize(limit -> 1 + random.nextInt(limit));

        ObjectNode document = lookup().lookup("artist", ARTIST);

        List<String> ids = new ArrayList<>();
        document.path("releases").forEach(r -> ids.add(r.path("id").stringValue()));
        assertThat(ids).isEqualTo(releases);
        assertThat(fake.hits().get(1).url().queryParameter("offset")).isNull();
        assertThat(fake.hits().get(1).url().queryParameter("limit")).isEqualTo("100");
    }

    @Test
    void aSpecialPurposeArtistGetsNoReleasesAndNoBrowse() {
        String various = "89ad4ac3-39f7-470e-963a-56509c546377";
        fake.artist(various, "Various Artists", List.of(RELEASE));

        JsonNode document = lookup().lookup("artist", various);

        assertThat(document.path("releases").isEmpty()).isTrue();
        assertThat(fake.hits()).hasSize(1);
    }

    @Test
    void anUnknownEntityIsRefusedWithoutARequest() {
        assertThatThrownBy(() -> lookup().lookup("work", RECORDING)).hasMessage("Unknown entity type: work.");
        assertThat(fake.hits()).isEmpty();
    }

    @Test
    void noContactNoCall() {
        MusicBrainzSettings settings = new MusicBrainzSettings(
                server.url("/ws/2/").toString(),
                " ",
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                Duration.ZERO);

        assertThatThrownBy(() -> settings.requireContact("annotate-mbids"))
                .isInstanceOf(JobRefusedException.class)
                .hasMessageContaining("MOOMOO_CONTACT_EMAIL");
        MusicBrainzClient client = new MusicBrainzClient(settings, new RequestSchedule(Duration.ZERO), sleeper);
        assertThatThrownBy(() -> client.get("recording/" + RECORDING, Map.of()))
                .hasMessageContaining("MOOMOO_CONTACT_EMAIL");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void twoCallersTogetherNeverMakeTwoRequestsWithinASecond() throws Exception {
        fake.recording(RECORDING, "Scar Tissue", ARTIST, "RHCP", RELEASE);
        EntityLookup lookup = lookup(Duration.ofSeconds(1), Duration.ofSeconds(10));
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(callers.submit(() -> lookup.lookup("recording", RECORDING)));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            callers.shutdown();
        }

        List<Long> times = fake.hits().stream().map(Hit::nanos).sorted().toList();
        assertThat(times).hasSize(6);
        for (int i = 1; i < times.size(); i++) {
            // The mock records when it has read a request, some ms after the client's slot (the first
            // also opens the connection): allow that jitter on each gap, none on the whole span.
            assertThat(Duration.ofNanos(times.get(i) - times.get(i - 1)))
                    .as("gap before request %d", i)
                    .isGreaterThanOrEqualTo(Duration.ofMillis(900));
        }
        assertThat(Duration.ofNanos(times.get(5) - times.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(4900));
    }
}
