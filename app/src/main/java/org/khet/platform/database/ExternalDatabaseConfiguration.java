package org.khet.platform.database;

import org.khet.platform.DatabaseMode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With {@code KHET_DB_URL} set, Spring Boot's own data source connects to that server and no demo data loads. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${khet.db.url:}' != ''")
class ExternalDatabaseConfiguration {

    @Bean
    DatabaseMode databaseMode() {
        return new DatabaseMode(false);
    }
}
