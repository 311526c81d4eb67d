package org.moomoo.api.system;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every failure as the JSON envelope with a message that says what is wrong: bad input 4xx, the
 * database away 503; never a stack trace or an exception's class name.
 */
@RestControllerAdvice
class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<byte[]> rejected(ApiException e) {
        return JsonEnvelope.error(e.status(), e.getMessage());
    }

    /** A query string that is not percent-encoded UTF-8: the container cannot read the parameters. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<byte[]> undecodable(InvalidParameterException e) {
        return JsonEnvelope.error(
                HttpStatus.BAD_REQUEST,
                "The query string cannot be decoded: encode parameters as UTF-8 with %XX escapes.");
    }

    /**
     * The database cannot be reached (down, restarting, the pool exhausted), also when a transaction
     * cannot begin or end on a connection that went away: later requests succeed.
     */
    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransientDataAccessException.class,
        RecoverableDataAccessException.class,
        QueryTimeoutException.class,
        TransactionException.class
    })
    ResponseEntity<byte[]> databaseUnavailable(Exception e) {
        log.warn(
                "database unavailable: {}",
                NestedExceptionUtils.getMostSpecificCause(e).toString());
        return JsonEnvelope.error(HttpStatus.SERVICE_UNAVAILABLE, ErrorMessages.DATABASE_UNAVAILABLE);
    }

    /** Spring MVC's own (no route, a wrong method, an unacceptable Accept header), then anything else. */
    /**
     * A table is missing: a database that moomoo never set up (the jobs create the tables), or
     * models still being built for the first time.
     */
    @ExceptionHandler(BadSqlGrammarException.class)
    ResponseEntity<byte[]> notSetUp(BadSqlGrammarException e) {
        log.warn(
                "cannot read the tables: {}",
                NestedExceptionUtils.getMostSpecificCause(e).toString());
        return JsonEnvelope.error(HttpStatus.SERVICE_UNAVAILABLE, ErrorMessages.NOT_SET_UP);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> other(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse framework) {
            int status = framework.getStatusCode().value();
            return JsonEnvelope.error(
                    HttpStatus.valueOf(status),
                    ErrorMessages.forStatus(status, request.getMethod(), request.getRequestURI()));
        }
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return JsonEnvelope.error(HttpStatus.INTERNAL_SERVER_ERROR, ErrorMessages.INTERNAL);
    }
}
