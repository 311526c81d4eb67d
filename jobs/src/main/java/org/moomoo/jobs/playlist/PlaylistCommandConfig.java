package org.moomoo.jobs.playlist;

import org.moomoo.playlist.analytics.AnalyticsSchema;
import org.moomoo.playlist.analytics.RebuildRetry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What {@code moomoo playlist} reads beyond the engine's generators: the facts of the files it prints. */
@Configuration(proxyBeanMethods = false)
class PlaylistCommandConfig {

    @Bean
    LocalFileFacts localFileFacts(JdbcClient jdbc, AnalyticsSchema schema, RebuildRetry retry) {
        return new LocalFileFacts(jdbc, schema, retry);
    }
}
