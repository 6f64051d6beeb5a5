package org.sendhub.common.record;

import java.util.UUID;
import java.util.function.Predicate;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.sendhub.common.audit.HistoryEntry;
import org.sendhub.common.etag.ETags;
import org.sendhub.common.etag.RecordResponses;
import org.sendhub.common.json.Uuids;
import org.sendhub.common.paging.ListFilters;
import org.sendhub.common.paging.Page;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.security.Access;

/**
 * The endpoints every area record has, whatever its fields: create, read one, change, archive,
 * restore. Subclasses add the list, whose filters are their own. Annotations of a subclass do
 * not reach these methods: they say JSON here.
 *
 * @param <I> the input the API takes to create or change the record
 * @param <V> the view it answers
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class AreaRecordResource<I, V extends RecordView> {

    @Inject
    protected Access access;

    @PathParam("areaCode")
    protected String areaCode;

    protected abstract AreaRecordService<?, I, V> records();

    /** The collection's last path segment, e.g. {@code outcomes}. */
    protected abstract String collection();

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        access.checkRead(areaCode);
        return ok(records().get(areaCode, Uuids.parse(id, "id")));
    }

    @GET
    @Path("/{id}/history")
    public Page<HistoryEntry> history(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        access.checkRead(areaCode);
        return records().history(areaCode, Uuids.parse(id, "id"), PageRequest.of(page, size));
    }

    /** {@code baseline=true}: the record existed before it was entered, and is not "new" on days before. */
    @POST
    public Response create(@QueryParam("baseline") String baseline, I input) {
        access.checkWrite(areaCode);
        return created(records().create(areaCode, input, actor(), ListFilters.flag(baseline, "baseline")));
    }

    @PUT
    @Path("/{id}")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, I input) {
        access.checkWrite(areaCode);
        return ok(records().update(areaCode, Uuids.parse(id, "id"), ETags.requiredVersion(ifMatch), input, actor()));
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

    /**
     * A reverse link edit through the record {@code id}: checked against the version the caller
     * read (else 412); {@code relink} changes the other records' links to it (true if any changed).
     */
    protected Response relinked(String id, String ifMatch, Predicate<UUID> relink) {
        access.checkWrite(areaCode);
        var recordId = Uuids.parse(id, "id");
        return ok(records().linkedFrom(areaCode, recordId, ETags.requiredVersion(ifMatch),
                () -> relink.test(recordId)));
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
