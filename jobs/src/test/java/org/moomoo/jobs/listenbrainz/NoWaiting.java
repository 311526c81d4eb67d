package org.moomoo.jobs.listenbrainz;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Imported by job tests so that the ListenBrainz client records its waits instead of sleeping. */
@TestConfiguration(proxyBeanMethods = false)
public class NoWaiting {

    @Bean
    @Primary
    RecordingSleeper recordingSleeper() {
        return new RecordingSleeper();
    }
}
