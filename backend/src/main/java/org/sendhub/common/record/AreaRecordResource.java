package org.sendhub.common.record;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.sendhub.common.etag.ETags;
import org.sendhub.common.etag.RecordResponses;
import org.sendhub.common.json.Uuids;
import org.sendhub.common.security.AreaAccess;

/**
 * The endpoints every area record has, whatever its fields: read one, archive, restore; and
 * the answers to create and change. Subclasses add list, create and change, whose parameters
 * and bodies are their own. Annotations of a subclass do not reach these methods: they say JSON here.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class AreaRecordResource<V extends RecordView> {

    @Inject
    protected AreaAccess access;

    @PathParam("areaCode")
    protected String areaCode;

    protected abstract AreaRecordService<?, V> records();

    /** The collection's last path segment, e.g. {@code outcomes}. */
    protected abstract String collection();

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        access.checkRead(areaCode);
        return ok(records().get(areaCode, Uuids.parse(id, "id")));
    }

    @DELETE
    @Path("/{id}")
    public Response archive(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        access.checkWrite(areaCode);
        return ok(records().archive(areaCode, Uuids.parse(id, "id"), ETags.requiredVersion(ifMatch), actor()));
    }

    @POST
    @Path("/{id}/restore")
    public Response restore(@PathParam("id") String id) {
        access.checkWrite(areaCode);
        return ok(records().restore(areaCode, Uuids.parse(id, "id"), actor()));
    }

    protected String actor() {
        return access.caller().username();
    }

    protected Response ok(V record) {
        return RecordResponses.ok(record, record.version());
    }

    protected Response created(V record) {
        return RecordResponses.created("/api/v1/areas/" + areaCode + "/" + collection() + "/" + record.id(), record,
                record.version());
    }
}
