package org.sendhub.localoffer;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.sendhub.area.Area;
import org.sendhub.common.json.StrictDates;
import org.sendhub.common.json.Uuids;
import org.sendhub.common.paging.ListFilters;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.localoffer.LocalOfferFeed.Detail;
import org.sendhub.localoffer.OrukDto.ApiDetails;
import org.sendhub.localoffer.OrukDto.Page;
import org.sendhub.localoffer.OrukDto.Taxonomy;
import org.sendhub.localoffer.OrukDto.TaxonomyTerm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An area's public Local Offer feed in Open Referral UK 3.0 (HSDS-UK-3.0): no token, the
 * endpoints the ORUK validator requires and the optional ones SEND Hub has data for (no
 * locations, so no {@code /service_at_locations}). Every answer is cacheable (ETag,
 * Last-Modified); CORS and the rate limit are added around it ({@link LocalOfferHeaders},
 * {@code common/http/RateLimits}).
 */
@Path("/openreferral/{areaCode}")
@Produces(MediaType.APPLICATION_JSON)
public class LocalOfferResource {

    public static final String VERSION = "HSDS-UK-3.0";
    /** The UK profile's documentation, as the standard's api_details schema names it. */
    public static final String PROFILE = "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md";

    private static final Pattern DATE_TIME_START = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(T.*)?$");

    @PathParam("areaCode")
    String areaCode;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Inject
    LocalOfferFeed feed;

    @Inject
    FeedCaching caching;

    @Inject
    FeedOpenApi openApi;

    @Inject
    ObjectMapper json;

    @GET
    public Response apiDetails() {
        feed.area(areaCode);
        return answer(new ApiDetails(VERSION, PROFILE, feedUrl() + "openapi.json"));
    }

    @GET
    @Path("/openapi.json")
    public Response openApiDocument() {
        Area area = feed.area(areaCode);
        return answer(openApi.forArea(area, feedUrl()));
    }

    @GET
    @Path("/services")
    public Response services(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("search") String search, @QueryParam("taxonomy_term_id") String taxonomyTermId,
            @QueryParam("taxonomy_id") String taxonomyId, @QueryParam("organization_id") String organizationId,
            @QueryParam("modified_after") String modifiedAfter, @QueryParam("minimal") String minimal,
            @QueryParam("full") String full, @QueryParam("format") String format) {
        Area area = feed.area(areaCode);
        jsonOnly(format);
        boolean isMinimal = ListFilters.flag(minimal, "minimal");
        boolean isFull = ListFilters.flag(full, "full");
        if (isMinimal && isFull) {
            throw ProblemException.badParameter("minimal", "cannot be true together with full");
        }
        var filters = new LocalOfferFeed.ServiceFilters(search(search), Uuids.parse(taxonomyTermId, "taxonomy_term_id"),
                Uuids.parse(taxonomyId, "taxonomy_id"), Uuids.parse(organizationId, "organization_id"),
                dateTime(modifiedAfter, "modified_after"));
        return answer(feed.services(area, filters, isMinimal ? Detail.MINIMAL : isFull ? Detail.FULL : Detail.BASIC,
                FeedPage.of(page, perPage)));
    }

    @GET
    @Path("/services/{id}")
    public Response service(@PathParam("id") String id) {
        Area area = feed.area(areaCode);
        return answer(feed.service(area, Uuids.parse(id, "id")));
    }

    @GET
    @Path("/organizations")
    public Response organizations(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("search") String search, @QueryParam("full") String full,
            @QueryParam("full_service") String fullService, @QueryParam("format") String format) {
        Area area = feed.area(areaCode);
        jsonOnly(format);
        Detail services = ListFilters.flag(fullService, "full_service") ? Detail.FULL
                : ListFilters.flag(full, "full") ? Detail.BASIC : null;
        return answer(feed.organizations(area, search(search), services, FeedPage.of(page, perPage)));
    }

    @GET
    @Path("/organizations/{id}")
    public Response organization(@PathParam("id") String id, @QueryParam("full_service") String fullService) {
        Area area = feed.area(areaCode);
        Detail services = ListFilters.flag(fullService, "full_service") ? Detail.FULL : Detail.BASIC;
        return answer(feed.organization(area, Uuids.parse(id, "id"), services));
    }

    @GET
    @Path("/taxonomies")
    public Response taxonomies(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("search") String search, @QueryParam("format") String format) {
        feed.area(areaCode);
        jsonOnly(format);
        var pageRequest = FeedPage.of(page, perPage);
        String needle = search(search);
        var all = Arrays.stream(SendTaxonomies.Kind.values()).map(kind -> SendTaxonomies.taxonomy(kind, false))
                .filter(t -> matches(needle, t.name(), t.description())).toList();
        return answer(pageOf(all, pageRequest));
    }

    @GET
    @Path("/taxonomies/{id}")
    public Response taxonomy(@PathParam("id") String id) {
        feed.area(areaCode);
        UUID taxonomyId = Uuids.parse(id, "id");
        var kind = SendTaxonomies.kind(taxonomyId)
                .orElseThrow(() -> ProblemException.notFound("No taxonomy " + taxonomyId + " in this feed."));
        return answer(SendTaxonomies.taxonomy(kind, true));
    }

    @GET
    @Path("/taxonomy_terms")
    public Response taxonomyTerms(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("search") String search, @QueryParam("taxonomy_id") String taxonomyId,
            @QueryParam("top_only") String topOnly, @QueryParam("parent_id") String parentId,
            @QueryParam("format") String format) {
        feed.area(areaCode);
        jsonOnly(format);
        var pageRequest = FeedPage.of(page, perPage);
        String needle = search(search);
        UUID taxonomy = Uuids.parse(taxonomyId, "taxonomy_id");
        ListFilters.flag(topOnly, "top_only");
        // Every term is a top term: none has a parent, so asking for a parent's children finds none.
        boolean childrenOfSomeTerm = Uuids.parse(parentId, "parent_id") != null;
        List<TaxonomyTerm> terms = SendTaxonomies.terms().stream().map(SendTaxonomies.Term::oruk)
                .filter(t -> !childrenOfSomeTerm)
                .filter(t -> taxonomy == null || t.taxonomyId().equals(taxonomy))
                .filter(t -> matches(needle, t.name(), t.term(), t.description())).toList();
        return answer(pageOf(terms, pageRequest));
    }

    @GET
    @Path("/taxonomy_terms/{id}")
    public Response taxonomyTerm(@PathParam("id") String id) {
        feed.area(areaCode);
        UUID termId = Uuids.parse(id, "id");
        var term = SendTaxonomies.term(termId)
                .orElseThrow(() -> ProblemException.notFound("No taxonomy term " + termId + " in this feed."));
        return answer(term.oruk());
    }

    /** The feed's own address, ending in a slash. */
    private String feedUrl() {
        return uri.getBaseUriBuilder().path("openreferral").path(areaCode).build().toString() + "/";
    }

    private Response answer(Object body) {
        try {
            return caching.respond(FeedCaching.address(uri.getRequestUri().getRawPath(),
                    uri.getRequestUri().getRawQuery()), json.writeValueAsBytes(body), headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The feed's own records always serialise", e);
        }
    }

    private static <T> Page<T> pageOf(List<T> all, FeedPage page) {
        long from = (long) (page.number() - 1) * page.perPage();
        return Page.of(all.stream().skip(from).limit(page.perPage()).toList(), all.size(), page.number(),
                page.perPage());
    }

    private static boolean matches(String needle, String... texts) {
        if (needle == null) {
            return true;
        }
        String lower = needle.toLowerCase(Locale.ROOT);
        return Arrays.stream(texts).anyMatch(text -> text != null && text.toLowerCase(Locale.ROOT).contains(lower));
    }

    private static String search(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        if (search.length() > ListFilters.MAX_QUERY_LENGTH) {
            throw ProblemException.badParameter("search", "must be at most " + ListFilters.MAX_QUERY_LENGTH
                    + " characters");
        }
        return search.trim();
    }

    /** ORUK's {@code format}: JSON is the only one served (not ndjson). */
    private static void jsonOnly(String format) {
        if (format != null && !format.isBlank() && !"json".equalsIgnoreCase(format.trim())) {
            throw ProblemException.badParameter("format", "must be json (the only format this feed serves)");
        }
    }

    /** A date-time (UTC if it names no offset), or a day (from its start, UTC). */
    static OffsetDateTime dateTime(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (!DATE_TIME_START.matcher(text).matches()) {
                throw new DateTimeParseException("not ISO-8601", text, 0);
            }
            if (text.length() == 10) {
                return StrictDates.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException noOffset) {
                return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(parameter,
                    "must be a date-time such as 2025-04-01T09:30:00Z, or a date such as 2025-04-01");
        }
    }
}
