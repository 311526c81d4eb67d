package org.moomoo.api.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One line per request at debug level: method, path and query, status and time. Headers are never
 * logged, so neither is the token; a token someone put into the query (which the routes refuse) is
 * shown as {@code [hidden]}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLog.class);
    private static final Pattern TOKEN_PARAMETER = Pattern.compile("(?i)((?:^|&)[^=&]*token=)[^&]*");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!log.isDebugEnabled()) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            String query = request.getQueryString() == null ? "" : "?" + shownQuery(request.getQueryString());
            log.debug(
                    "{} {}{} {} {} ms",
                    request.getMethod(),
                    request.getRequestURI(),
                    query,
                    response.getStatus(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** The query as logged: every parameter whose name ends in "token" has its value hidden. */
    static String shownQuery(String query) {
        return TOKEN_PARAMETER.matcher(query).replaceAll("$1[hidden]");
    }
}
