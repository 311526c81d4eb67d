package org.moomoo.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the page at {@code /} and its files under {@code /web/}. Only these paths serve files
 * (Boot's default static mappings stay off), so every other unknown path is still the 404
 * envelope. The page's Content-Security-Policy admits only this server's own scripts, styles,
 * audio and data.
 */
@Configuration(proxyBeanMethods = false)
@RestController
class PageConfig implements WebMvcConfigurer {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "media-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final byte[] page;

    PageConfig() {
        try (InputStream in = new ClassPathResource("static/index.html").getInputStream()) {
            page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the jar lacks static/index.html", e);
        }
    }

    @GetMapping("/")
    ResponseEntity<byte[]> page() {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .body(page);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/web/**")
                .addResourceLocations("classpath:/static/web/")
                .setCacheControl(CacheControl.noCache());
    }
}
