package org.moomoo.jobs.collections;

import java.time.Clock;
import org.moomoo.playlist.collection.CollectionStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The playlist storage every collection job uses. */
@Configuration(proxyBeanMethods = false)
class CollectionsConfig {

    @Bean
    CollectionStore collectionStore(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        return new CollectionStore(jdbc, new TransactionTemplate(transactionManager), clock);
    }
}
