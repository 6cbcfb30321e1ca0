package com.caringmedical.clinic.web.problem;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.apache.commons.text.StringEscapeUtils;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * The one place where exceptions become HTTP answers. Every error leaves as an RFC 9457 problem document;
 * nothing internal (stack traces, SQL, class names) reaches the client.
 */
public class ProblemMappers {

    static final String INVALID_PARAMETERS_DETAIL = "One or more fields or parameters are invalid.";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Jackson's message when STRICT_DUPLICATE_DETECTION finds a key twice in one object (web.http.StrictJson). */
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '(.*)'");
    /** How Jackson lists the kinds a polymorphic field takes: {@code known type ids = [heading, paragraph]}. */
    private static final Pattern KNOWN_TYPES = Pattern.compile("known type ids = \\[([^\\]]*)\\]");

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return invalidParameters(uri, List.of(new Problem.FieldError(e.parameter(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::isReturnValue)) {
            return unexpected(e, uri);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return invalidParameters(uri, errors);
    }

    /** No or wrong credentials on a staff operation. The challenge lets Swagger UI and browsers ask for them. */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return problem(ProblemType.UNAUTHORIZED, "This operation needs a staff sign-in (HTTP Basic).", uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Clinic staff\", charset=\"UTF-8\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(ProblemType.FORBIDDEN, "Your account's role does not allow this operation.", uri).build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        // JAX-RS answers a path or query parameter that cannot be converted with a 404 wrapping the cause;
        // that is the client's mistake in a parameter, so it is a 400.
        InvalidParameterException invalid = causeOfType(e, InvalidParameterException.class);
        if (invalid != null) {
            return invalidParameter(invalid, uri);
        }
        if (e.getCause() != null) {
            return problem(ProblemType.INVALID_PARAMETERS, "A path or query parameter has a value of the wrong type.", uri)
                    .build();
        }
        return problem(ProblemType.NOT_FOUND, "There is no resource at this address.", uri).build();
    }

    @ServerExceptionMapper
    public Response notFoundProblem(NotFoundProblem e, UriInfo uri) {
        return problem(ProblemType.NOT_FOUND, e.getMessage(), uri).build();
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        return problem(ProblemType.METHOD_NOT_ALLOWED, "This resource does not support that method.", uri).build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return problem(ProblemType.NOT_ACCEPTABLE,
                "This resource cannot be represented in any media type the Accept header allows.", uri).build();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri) {
        return problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "This resource does not accept that Content-Type.", uri)
                .build();
    }

    @ServerExceptionMapper
    public Response malformedBody(JsonProcessingException e, UriInfo uri) {
        if (e instanceof InvalidText invalid) {
            return invalidParameters(uri, List.of(new Problem.FieldError(jsonPath(invalid.getPath()),
                    invalid.getOriginalMessage())));
        }
        // A parse error inside a nested object reaches here wrapped in a mapping error that names the object.
        JsonParseException parse = e instanceof JsonParseException direct ? direct : causeOfType(e, JsonParseException.class);
        List<Problem.FieldError> errors = List.of();
        if (parse != null) {
            Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(parse.getOriginalMessage()));
            if (duplicate.matches()) {
                errors = List.of(new Problem.FieldError(keyPath(parse, duplicate.group(1)), "is given more than once"));
            }
        } else if (e instanceof InvalidTypeIdException typeId) {
            errors = List.of(unknownType(typeId));
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            errors = List.of(new Problem.FieldError(jsonPath(mapping.getPath()), "has the wrong type"));
        }
        Problem body = new Problem(ProblemType.MALFORMED_REQUEST.uri(), ProblemType.MALFORMED_REQUEST.title(), 400,
                "The request body is not valid JSON of the expected shape.", uri.getPath(), errors);
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** Quarkus REST has its own mapper for this subtype; this one keeps the answer a problem document. */
    @ServerExceptionMapper
    public Response mismatchedBody(MismatchedInputException e, UriInfo uri) {
        return malformedBody(e, uri);
    }

    @ServerExceptionMapper
    public Response domainProblem(ProblemException e, UriInfo uri) {
        ProblemType type = e.type();
        Problem body = new Problem(type.uri(), type.title(), type.status(), e.getMessage(), uri.getPath(), e.errors());
        Response.ResponseBuilder response = Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body);
        e.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, Math.max(1, wait.toSeconds())));
        return response.build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        JsonProcessingException unreadableBody = causeOfType(e, JsonProcessingException.class);
        if (unreadableBody != null) {
            return malformedBody(unreadableBody, uri);
        }
        // A form field (multipart) that fails its conversion reaches here wrapped in a 400.
        InvalidParameterException invalidField = causeOfType(e, InvalidParameterException.class);
        if (invalidField != null) {
            return invalidParameter(invalidField, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(e, uri);
        }
        Problem body = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), null,
                uri.getPath(), null);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        var raced = e instanceof org.hibernate.exception.ConstraintViolationException direct ? direct
                : causeOfType(e, org.hibernate.exception.ConstraintViolationException.class);
        if (raced != null && raced.getKind() == ConstraintKind.UNIQUE) {
            // The services check for a taken slug or name first; only a request racing another with the same
            // value gets here, and the database's unique constraint settles it.
            return problem(ProblemType.ALREADY_EXISTS, "Another request took the same slug or name at the same "
                    + "moment; choose another, or read the existing one.", uri).build();
        }
        if (raced != null && raced.getKind() == ConstraintKind.FOREIGN_KEY) {
            return problem(ProblemType.CONFLICT, "Something this refers to, or that refers to it, changed at the "
                    + "same moment; read the current state and try again.", uri).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error on %s (incident %s)", printable(uri.getPath()), incident);
        return problem(ProblemType.INTERNAL_ERROR,
                "The server could not complete the request. Quote incident " + incident + " when reporting it.", uri)
                .build();
    }

    /**
     * A client-chosen text as it may appear in a log line: written with Java's escapes (control characters such as
     * NUL or line breaks, which would forge or garble lines, and anything outside printable ASCII become
     * {@code \\n}, {@code \\u0000} ...), and cut to its first 500 characters.
     */
    static String printable(String text) {
        return StringEscapeUtils.escapeJava(text.length() > 500 ? text.substring(0, 500) + "..." : text);
    }

    private static Response invalidParameters(UriInfo uri, List<Problem.FieldError> errors) {
        Problem body = new Problem(ProblemType.INVALID_PARAMETERS.uri(), ProblemType.INVALID_PARAMETERS.title(), 400,
                INVALID_PARAMETERS_DETAIL, uri.getPath(), errors);
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static Response.ResponseBuilder problem(ProblemType type, String detail, UriInfo uri) {
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail, uri.getPath(), null);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body);
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The field as a client names it, from the root of the body or the parameter's name: {@code size},
     * {@code roles[0]}, {@code body[3].content[1].text}. The method and parameter names are left out.
     */
    private static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    && isBodyParameter(path, node)) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                name.append('[').append(node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                name.append(name.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return name.toString();
    }

    /** A parameter node followed by property nodes is the request body; its own name means nothing to a client. */
    private static boolean isBodyParameter(Path path, Path.Node parameter) {
        boolean after = false;
        for (Path.Node node : path) {
            if (after) {
                return node.getKind() == ElementKind.PROPERTY;
            }
            after = node == parameter;
        }
        return false;
    }

    /**
     * An object whose {@code type} is missing or names no kind the field takes: the field is the type, and the
     * message lists the kinds there are.
     */
    private static Problem.FieldError unknownType(InvalidTypeIdException e) {
        String path = jsonPath(e.getPath());
        String field = path.isEmpty() ? "type" : path + ".type";
        Matcher known = KNOWN_TYPES.matcher(String.valueOf(e.getOriginalMessage()));
        String kinds = known.find() ? ": one of " + known.group(1) : "";
        if (e.getTypeId() == null || e.getTypeId().isEmpty()) {
            return new Problem.FieldError(field, "is required" + kinds);
        }
        String given = e.getTypeId().length() > 40 ? e.getTypeId().substring(0, 40) + "..." : e.getTypeId();
        return new Problem.FieldError(field, "'" + given + "' is not a known type" + kinds);
    }

    /** Where in the body a repeated key is, e.g. {@code sections[1].heading}: the object being read, then the key. */
    private static String keyPath(JsonParseException e, String key) {
        if (e.getProcessor() == null) {
            return key;
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext context = e.getProcessor().getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.getParent() != null && context.getParent().inArray()) {
                path.insert(0, "[" + context.getParent().getCurrentIndex() + "]");
            } else if (context.getParent() != null && context.getParent().getCurrentName() != null) {
                path.insert(0, "." + context.getParent().getCurrentName());
            }
        }
        String parent = path.toString().replaceFirst("^\\.", "");
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** The field a Jackson mapping failure is about, as dotted names and [index]: {@code sections[2].title}. */
    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
