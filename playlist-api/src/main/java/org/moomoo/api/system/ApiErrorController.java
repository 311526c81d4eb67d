package org.moomoo.api.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page: what fails outside the routes (a request the container
 * itself refuses) gets the envelope too, in place of Boot's error page.
 */
@RestController
class ApiErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<byte[]> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpStatus.INTERNAL_SERVER_ERROR.value();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        HttpStatus resolved = HttpStatus.resolve(status);
        return JsonEnvelope.error(
                resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved,
                ErrorMessages.forStatus(status, request.getMethod(), uri == null ? "/error" : uri.toString()));
    }
}
