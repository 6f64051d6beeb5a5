package org.sendhub.localoffer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Conditional requests for the feed. The ETag is a hash of the answer's bytes, so it changes
 * exactly when what a directory would read changes (a service leaving included). Last-Modified
 * is when this server first gave that answer to that address: it never goes backwards when a
 * service leaves the feed, and it reveals nothing of changes to what the feed does not show.
 * If-None-Match wins over If-Modified-Since (RFC 9110); either can give 304.
 */
@ApplicationScoped
public class FeedCaching {

    /** Directories poll; a minute old is fresh enough, and a 304 costs them little after that. */
    static final String CACHE_CONTROL = "public, max-age=60";

    /** Addresses remembered; past this the oldest are forgotten (then dated again from now, which is safe). */
    private static final int REMEMBERED = 10_000;

    private record Seen(String etag, Instant since) {
    }

    private final Map<String, Seen> seen = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Seen> eldest) {
            return size() > REMEMBERED;
        }
    };

    /**
     * The answer to a GET of {@code address} (path and query) whose body is {@code json}: 200
     * with it, or 304 if the caller's copy is current.
     */
    public Response respond(String address, byte[] json, HttpHeaders request) {
        String etag = etagOf(json);
        Instant lastModified;
        synchronized (seen) {
            var previous = seen.get(address);
            if (previous == null || !previous.etag().equals(etag)) {
                previous = new Seen(etag, Instant.now().truncatedTo(ChronoUnit.SECONDS));
                seen.put(address, previous);
            }
            lastModified = previous.since();
        }
        String httpDate = DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atZone(ZoneOffset.UTC));
        if (notModified(request, etag, lastModified)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.LAST_MODIFIED, httpDate)
                    .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.LAST_MODIFIED, httpDate).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    private static boolean notModified(HttpHeaders request, String etag, Instant lastModified) {
        var ifNoneMatch = request.getRequestHeaders().get(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && !ifNoneMatch.isEmpty()) {
            for (String header : ifNoneMatch) {
                for (String candidate : header.split(",")) {
                    String tag = candidate.trim();
                    if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                        return true;
                    }
                }
            }
            return false;
        }
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince == null || ifModifiedSince.isBlank()) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException unreadable) {
            // RFC 9110: a date that cannot be read is ignored, and the full answer sent.
            return false;
        }
    }

    static String etagOf(byte[] json) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 18))
                    + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    static String address(String path, String query) {
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

}
