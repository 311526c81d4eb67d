package org.moomoo.jobs.listenbrainz;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The ListenBrainz client of the jobs, configured from the environment: {@code MOOMOO_LISTENBRAINZ_URL}
 * (default the public service), {@code LISTENBRAINZ_USER_TOKEN}, {@code MOOMOO_CONTACT_EMAIL}.
 */
@Configuration(proxyBeanMethods = false)
public class ListenBrainzConfig {

    @Bean
    ListenBrainzSettings listenBrainzSettings(
            @Value("${MOOMOO_LISTENBRAINZ_URL:" + ListenBrainzSettings.DEFAULT_URL + "}") String url,
            @Value("${LISTENBRAINZ_USER_TOKEN:}") String token,
            @Value("${MOOMOO_CONTACT_EMAIL:}") String contactEmail,
            @Value("${moomoo.listenbrainz.connect-timeout:10s}") Duration connectTimeout,
            @Value("${moomoo.listenbrainz.read-timeout:30s}") Duration readTimeout,
            @Value("${moomoo.listenbrainz.call-timeout:60s}") Duration callTimeout) {
        return new ListenBrainzSettings(url, token, contactEmail, connectTimeout, readTimeout, callTimeout);
    }

    @Bean
    Sleeper listenBrainzSleeper() {
        return Sleeper.THREAD;
    }

    @Bean
    @Lazy
    ListenBrainzClient listenBrainzClient(ListenBrainzSettings settings, Sleeper listenBrainzSleeper, Clock clock) {
        return new ListenBrainzClient(settings, listenBrainzSleeper, clock);
    }
}
