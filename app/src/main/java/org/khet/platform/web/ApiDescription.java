package org.khet.platform.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs} names request and answer fields as the API reads and writes them:
 * in snake_case ({@code spring.jackson.property-naming-strategy}). Springdoc describes models with Swagger's own
 * Jackson 2 mapper, which does not see the application's Jackson 3 setting, so without this bean a school's system
 * generated from the description would send {@code firstDay} where the API expects {@code first_day}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    @Bean
    ModelResolver snakeCaseModels() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }
}
