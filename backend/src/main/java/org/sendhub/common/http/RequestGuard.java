package org.sendhub.common.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses, as problem+json, a request that cannot be read before any resource sees it: a
 * request target or headers over the documented limits (414, 431), bad percent-encoding or
 * control characters in the path or query, an unparseable Accept or Content-Type (400), and a
 * declared body over the endpoint's limit (413, also before a 100-continue). Vert.x's own
 * limits are set higher (application.properties) so that these, not its empty answers, apply.
 * Also answers, as problem+json, any failure the router itself raises.
 */
public class RequestGuard {

    /** Before every other route, the web app's and the API's. */
    public static final int ORDER = -20_000;

    /** The addresses that take a file, up to the import limit rather than the JSON body's. */
    private static final Set<String> IMPORT_PATHS = Set.of("/api/v1/indicator-values/import",
            "/api/v1/ees-imports");

    public static boolean isImport(String path) {
        return IMPORT_PATHS.contains(path);
    }

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String PARAMETER = "\\s*;\\s*" + TOKEN + "\\s*=\\s*(?:" + TOKEN + "|\"(?:[^\"\\\\]|\\\\.)*\")";
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "^\\s*(?:\\*|" + TOKEN + "/" + TOKEN + ")(?:" + PARAMETER + ")*\\s*$");

    private static final Map<Integer, String> TITLES = Map.of(
            400, "The request could not be read",
            404, "Not found",
            405, "Method not allowed",
            406, "Not acceptable",
            413, "The request body is too large",
            414, "The address is too long",
            415, "Unsupported media type",
            431, "The request headers are too large");

    @Inject
    HttpConfig config;

    @Inject
    SecurityHeaders securityHeaders;

    @Inject
    RequestIds requestIds;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
        router.route().order(ORDER).failureHandler(this::failed);
        for (int status : new int[] { 400, 404, 405, 406, 413, 414, 415, 431 }) {
            router.errorHandler(status, ctx -> {
                requestIds.addTo(ctx);
                securityHeaders.addTo(ctx);
                HttpProblems.send(ctx, status, TITLES.get(status), detail(status));
            });
        }
    }

    private void check(RoutingContext ctx) {
        var request = ctx.request();
        String uri = request.uri();
        if (uri.length() > config.maxUrlLength()) {
            HttpProblems.send(ctx, 414, TITLES.get(414), "The address (path and query) is longer than "
                    + config.maxUrlLength() + " characters.");
            return;
        }
        long headerBytes = 0;
        for (var header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > config.maxHeaderBytes()) {
            HttpProblems.send(ctx, 431, TITLES.get(431), "The request headers add up to more than "
                    + config.maxHeaderBytes() + " bytes.");
            return;
        }
        String problem = notAUri(uri);
        if (problem == null) {
            problem = unreadable(request.path(), request.query());
        }
        if (problem == null) {
            problem = badMediaTypes(request.headers().getAll("Accept"), "Accept", true);
        }
        if (problem == null) {
            problem = badMediaTypes(request.headers().getAll("Content-Type"), "Content-Type", false);
        }
        if (problem != null) {
            HttpProblems.send(ctx, 400, TITLES.get(400), problem);
            return;
        }
        String declared = request.getHeader("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length < 0) {
                HttpProblems.send(ctx, 400, TITLES.get(400), "Content-Length is not a number of bytes.");
                return;
            }
            long limit = bodyLimit(request.path());
            if (length > limit) {
                HttpProblems.send(ctx, 413, TITLES.get(413), "This address takes a body of at most " + limit
                        + " bytes.");
                return;
            }
        }
        ctx.next();
    }

    long bodyLimit(String path) {
        return isImport(path) ? config.maxImportBytes() : config.maxJsonBodyBytes();
    }

    private void failed(RoutingContext ctx) {
        requestIds.addTo(ctx);
        securityHeaders.addTo(ctx);
        // Vert.x decodes the path to match routes, so a path it cannot decode fails before check() runs.
        String unreadable = notAUri(ctx.request().uri());
        if (unreadable == null) {
            unreadable = unreadable(ctx.request().path(), ctx.request().query());
        }
        if (unreadable != null) {
            HttpProblems.send(ctx, 400, TITLES.get(400), unreadable);
            return;
        }
        int status = ctx.statusCode();
        if (status < 400) {
            status = 500;
        }
        if (status >= 500) {
            org.jboss.logging.Logger.getLogger(RequestGuard.class).error("Request failed", ctx.failure());
            HttpProblems.send(ctx, 500, "Something went wrong",
                    "The server could not complete the request. It has been logged.");
            return;
        }
        HttpProblems.send(ctx, status, TITLES.getOrDefault(status, "The request was refused"), detail(status));
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not take that method.";
            case 413 -> "The request body is larger than this address takes.";
            case 414 -> "The address is too long.";
            case 431 -> "The request headers are too large.";
            default -> "The request could not be read.";
        };
    }

    /**
     * Quarkus checks this itself, but answers with an empty 400; SendHubMain and the tests turn
     * that check off ({@code vertx.disableURIValidation}) so that this one answers instead.
     */
    static String notAUri(String uri) {
        try {
            new java.net.URI(uri);
            return null;
        } catch (java.net.URISyntaxException e) {
            return "The address is not a valid URI (characters such as spaces, quotes, braces and bad"
                    + " percent-encoding must not appear).";
        }
    }

    /** Why the path or query cannot be read, or null. */
    static String unreadable(String path, String query) {
        String decoded = decode(path, false);
        if (decoded == null) {
            return "The path has bad percent-encoding (each % must start a UTF-8 byte as two hex digits).";
        }
        if (decoded.isEmpty() || hasControl(decoded, false)) {
            return "The path holds a control character.";
        }
        for (String segment : decoded.split("/")) {
            if (!segment.isEmpty() && segment.isBlank()) {
                return "A segment of the path is blank.";
            }
        }
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&", -1)) {
            String text = decode(pair, true);
            if (text == null) {
                return "The query has bad percent-encoding (each % must start a UTF-8 byte as two hex digits).";
            }
            if (hasControl(text, true)) {
                return "A query parameter holds a control character.";
            }
        }
        return null;
    }

    private static boolean hasControl(String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0x7f || (c < ' ' && !(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r')))) {
                return true;
            }
        }
        return false;
    }

    /** Percent-decodes strictly as UTF-8; null if an escape is broken or the bytes are not UTF-8. */
    static String decode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0) {
            return plusIsSpace ? text.replace('+', ' ') : text;
        }
        var bytes = ByteBuffer.allocate(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return null;
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.put((byte) ' ');
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Why a media-type header cannot be read, or null. */
    private static String badMediaTypes(java.util.List<String> values, String header, boolean list) {
        if (values.size() > 1 && !list) {
            return header + " is sent more than once.";
        }
        for (String value : values) {
            if (list && value.isBlank()) {
                continue;
            }
            String[] parts = list ? value.split(",", -1) : new String[] { value };
            for (String part : parts) {
                if (!MEDIA_TYPE.matcher(part).matches()) {
                    return header + " is not a media type such as application/json.";
                }
            }
        }
        return null;
    }
}
