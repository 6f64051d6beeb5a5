package org.sendhub.common.etag;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Record responses always carry the record's ETag. */
public final class RecordResponses {

    private RecordResponses() {
    }

    public static Response ok(Object record, int version) {
        return Response.ok(record).header(HttpHeaders.ETAG, ETags.of(version)).build();
    }

    public static Response created(String location, Object record, int version) {
        return Response.created(URI.create(location)).header(HttpHeaders.ETAG, ETags.of(version)).entity(record)
                .build();
    }
}
