package org.moomoo.api.security;

import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Cross-origin requests are refused unless {@code MOOMOO_HTTP_CORS_ORIGINS} lists origins
 * (comma-separated, e.g. {@code http://localhost:8080}); those may then GET every route.
 */
@Configuration(proxyBeanMethods = false)
class CorsConfig implements WebMvcConfigurer {

    private final String[] origins;

    CorsConfig(@Value("${moomoo.api.cors-origins:}") String origins) {
        this.origins = Arrays.stream(origins.split(","))
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .toArray(String[]::new);
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (origins.length > 0) {
            registry.addMapping("/**")
                    .allowedOrigins(origins)
                    .allowedMethods("GET")
                    .allowedHeaders("Authorization");
        }
    }
}
