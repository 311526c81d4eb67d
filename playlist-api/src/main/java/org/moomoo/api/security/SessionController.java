package org.moomoo.api.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.moomoo.api.system.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /session}: GET says whether the server needs a token and whether this browser's session
 * cookie is valid; POST with the form field {@code token} checks it and sets the session cookie
 * (HttpOnly, SameSite=Strict), which {@link TokenFilter} then accepts in place of the header.
 */
@RestController
class SessionController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Sessions sessions;
    private final byte[] token;

    SessionController(Sessions sessions, @Value("${moomoo.api.token:}") String token) {
        this.sessions = sessions;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @GetMapping("/session")
    ResponseEntity<byte[]> state(HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("token_required", token.length > 0);
        body.put("signed_in", token.length == 0 || sessions.isOpen(cookie(request)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsBytes(body));
    }

    // The token comes in the body, never in the URL: request lines end up in logs and histories.
    @PostMapping(value = "/session", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<byte[]> open(HttpServletRequest request) {
        if (request.getQueryString() != null && request.getQueryString().contains("token")) {
            throw ApiException.badRequest("Send the token in the request body (token=...), never in the URL.");
        }
        String given = request.getParameter("token");
        if (token.length == 0) {
            throw ApiException.badRequest("This server needs no token.");
        }
        if (given == null || given.isEmpty()) {
            throw ApiException.badRequest("token is required: the value of MOOMOO_API_TOKEN.");
        }
        if (!MessageDigest.isEqual(given.strip().getBytes(StandardCharsets.UTF_8), token)) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "The token is wrong.");
        }
        ResponseCookie cookie = ResponseCookie.from(Sessions.COOKIE, sessions.open())
                .httpOnly(true)
                .sameSite("Strict")
                .path("/")
                .build();
        return ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"success\": true}".getBytes(StandardCharsets.US_ASCII));
    }

    /** The session id this request's cookie carries, or null. */
    static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (Sessions.COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
