package org.moomoo.jobs.musicbrainz;

import java.time.Duration;
import org.moomoo.jobs.listenbrainz.Sleeper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The MusicBrainz client of the jobs, configured from the environment: {@code MOOMOO_MUSICBRAINZ_URL}
 * (default the public service) and {@code MOOMOO_CONTACT_EMAIL}. The application has one context,
 * so the one {@link RequestSchedule} bean is the process's.
 */
@Configuration(proxyBeanMethods = false)
public class MusicBrainzConfig {

    @Bean
    MusicBrainzSettings musicBrainzSettings(
            @Value("${MOOMOO_MUSICBRAINZ_URL:" + MusicBrainzSettings.DEFAULT_URL + "}") String url,
            @Value("${MOOMOO_CONTACT_EMAIL:}") String contactEmail,
            @Value("${moomoo.musicbrainz.connect-timeout:10s}") Duration connectTimeout,
            @Value("${moomoo.musicbrainz.read-timeout:60s}") Duration readTimeout,
            @Value("${moomoo.musicbrainz.call-timeout:120s}") Duration callTimeout,
            @Value("${moomoo.musicbrainz.min-interval:1s}") Duration minInterval) {
        return new MusicBrainzSettings(url, contactEmail, connectTimeout, readTimeout, callTimeout, minInterval);
    }

    @Bean
    RequestSchedule musicBrainzSchedule(MusicBrainzSettings settings) {
        return new RequestSchedule(settings.minInterval());
    }

    @Bean
    @Lazy
    MusicBrainzClient musicBrainzClient(
            MusicBrainzSettings settings, RequestSchedule musicBrainzSchedule, Sleeper listenBrainzSleeper) {
        return new MusicBrainzClient(settings, musicBrainzSchedule, listenBrainzSleeper);
    }

    @Bean
    @Lazy
    EntityLookup entityLookup(MusicBrainzClient musicBrainzClient) {
        return new EntityLookup(musicBrainzClient);
    }
}
