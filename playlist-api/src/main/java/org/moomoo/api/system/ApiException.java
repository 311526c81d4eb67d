package org.moomoo.api.system;

import org.springframework.http.HttpStatus;

/** A request that cannot be answered, with the status and the message its envelope carries. */
public final class ApiException extends RuntimeException {

    private final HttpStatus status;

    public ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    /** 400: a parameter is missing, of the wrong type or out of range. */
    public static ApiException badRequest(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, message);
    }

    /** 404: an unknown user, collection or file. */
    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, message);
    }

    public HttpStatus status() {
        return status;
    }
}
