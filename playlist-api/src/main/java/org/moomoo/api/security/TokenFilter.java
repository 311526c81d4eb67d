package org.moomoo.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.moomoo.api.system.JsonEnvelope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With {@code MOOMOO_API_TOKEN} set, every route but {@code /ping} needs
 * {@code Authorization: Bearer <token>}, or the session cookie {@link SessionController} sets once
 * the web page has shown the token; otherwise a 401 with the envelope. The page itself and
 * {@code /session} need neither, so that the page can ask for the token. The comparison takes the
 * same time wherever the tokens differ, and the token is never logged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    /** Routes anyone may call: the liveness check, the page (which holds no data) and the sign-in. */
    private static final Set<String> OPEN_PATHS = Set.of("/ping", "/", "/session");

    private final byte[] token;
    private final Sessions sessions;

    TokenFilter(@Value("${moomoo.api.token:}") String token, Sessions sessions) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.sessions = sessions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // A CORS preflight carries no credentials; the request it announces is checked.
        return token.length == 0
                || OPEN_PATHS.contains(request.getRequestURI())
                || request.getRequestURI().startsWith("/web/")
                || CorsUtils.isPreFlightRequest(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null && sessions.isOpen(SessionController.cookie(request))) {
            chain.doFilter(request, response);
            return;
        }
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            refuse(response, "This server needs a token: send Authorization: Bearer <token>.");
            return;
        }
        byte[] given = header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) {
            refuse(response, "The token is wrong.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(JsonEnvelope.failure(message));
    }
}
