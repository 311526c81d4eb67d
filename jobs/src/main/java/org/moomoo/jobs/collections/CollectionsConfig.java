package org.moomoo.jobs.collections;

import java.time.Clock;
import org.moomoo.playlist.collection.AnalyticSchema;
import org.moomoo.playlist.collection.CollectionStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What every collection job uses: the playlist storage and the schema of the analytic tables. */
@Configuration(proxyBeanMethods = false)
class CollectionsConfig {

    @Bean
    AnalyticSchema analyticSchema(@Value("${moomoo.models.schema:analytics}") String schema) {
        return new AnalyticSchema(schema);
    }

    @Bean
    CollectionStore collectionStore(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        return new CollectionStore(jdbc, new TransactionTemplate(transactionManager), clock);
    }
}
