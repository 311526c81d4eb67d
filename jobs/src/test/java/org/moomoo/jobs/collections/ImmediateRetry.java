package org.moomoo.jobs.collections;

import org.moomoo.playlist.analytics.RebuildRetry;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Retries reads of the analytic tables without the five-second pauses, so tests never wait. */
@TestConfiguration(proxyBeanMethods = false)
class ImmediateRetry {

    @Bean
    @Primary
    RebuildRetry immediateRebuildRetry() {
        return new RebuildRetry(duration -> {});
    }
}
