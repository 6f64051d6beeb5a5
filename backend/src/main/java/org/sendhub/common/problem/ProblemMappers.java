package org.sendhub.common.problem;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.sendhub.common.etag.ETags;
import org.sendhub.common.json.ApiEnums;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one place where failures become RFC 9457 responses. Never leaks a class name or a stack
 * trace: what the caller sees is written here.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(fromJackson(e), uri);
    }

    /** Declared apart so that it wins over Quarkus' built-in mapper for the same type. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return respond(fromJackson(e), uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemException.forbidden("Your role may not do this."), uri);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        var problem = Problem.of("/problems/stale-version", "The record has changed", 412,
                "Someone changed this record at the same moment. Nothing was changed: reload it and try again.",
                uri.getPath());
        return Response.status(412).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(fromJackson(json), uri);
        }
        int status = e.getResponse().getStatus();
        String title = switch (status) {
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 415 -> "Unsupported media type";
            default -> e.getResponse().getStatusInfo().getReasonPhrase();
        };
        String detail = switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not take that method.";
            case 415 -> "This address does not take that Content-Type (JSON records take application/json,"
                    + " imports text/csv).";
            default -> title;
        };
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        var problem = Problem.of("/problems/http-" + status, title, status, detail, uri.getPath());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** A body that says multipart but is not (a wrong boundary, a cut-off upload): the client's, not a failure. */
    @ServerExceptionMapper
    public Response unreadableForm(IOException e, UriInfo uri) {
        if (e.getMessage() == null || !e.getMessage().contains("multipart")) {
            return unexpected(e, uri);
        }
        return respond(ProblemException.badRequest("The form could not be read.", List.of(new FieldError("body",
                "must be multipart/form-data, with the file and the mapping as parts"))), uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseFailures.unreachable(e)) {
            LOG.warnf("Database unreachable: %s", e.getMessage());
            return respond(ProblemException.unavailable(DatabaseFailures.UNREACHABLE_RETRY_AFTER_SECONDS), uri);
        }
        if (DatabaseFailures.contended(e)) {
            LOG.warnf("Lost a race for a lock, rolled back: %s", e.getMessage());
            return respond(ProblemException.contended(DatabaseFailures.CONTENDED_RETRY_AFTER_SECONDS), uri);
        }
        LOG.error("Unexpected failure", e);
        var problem = Problem.of("/problems/internal", "Something went wrong", 500,
                "The server could not complete the request. It has been logged.", uri.getPath());
        return Response.status(500).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Response unauthorized(UriInfo uri) {
        return respond(ProblemException.unauthorized(), uri);
    }

    private static Response respond(ProblemException e, UriInfo uri) {
        var problem = e.toProblem(uri.getPath());
        var response = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (e.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (problem.currentVersion() != null) {
            // A client can retry with this ETag once the user has seen the current record.
            response.header(HttpHeaders.ETAG, ETags.of(problem.currentVersion()));
        }
        if (e.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        return response.build();
    }

    /** Says which field was wrong and why, in the caller's terms rather than Jackson's. */
    static ProblemException fromJackson(JsonProcessingException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException reading) {
                // Raised while the body was being read (e.g. over its size limit), not by its content.
                return reading;
            }
        }
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return ProblemException.badRequest("The body is not well-formed JSON.",
                    List.of(new FieldError("body", "is not well-formed JSON")));
        }
        String field = jsonPath(mapping.getPath());
        String message;
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            message = "must be one of " + enumValues(invalid.getTargetType());
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
            message = "must not contain control characters";
        } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            message = "must be " + describe(mismatched.getTargetType());
        } else {
            message = "is not valid";
        }
        return ProblemException.badRequest("The body has a value of the wrong type or form.",
                List.of(new FieldError(field, message)));
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        var out = new StringBuilder();
        for (var ref : path) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String enumValues(Class<?> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(c -> ApiEnums.apiName((Enum<?>) c))
                .collect(Collectors.joining(", "));
    }

    private static String describe(Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return "a date as YYYY-MM-DD";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }
}
