package org.sendhub.localoffer;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The feed's answers in Open Referral UK 3.0's shapes (snake_case, as its JSON Schemas name
 * them). Absent values are left out, never null: the schemas type each field as a string or a
 * number. Only fields of the standard appear.
 */
public final class OrukDto {

    private OrukDto() {
    }

    /** {@code GET /}: which standard the feed follows and where its OpenAPI document is. */
    public record ApiDetails(String version, String profile, @JsonProperty("openapi_url") String openapiUrl) {
    }

    /** A page of any list, ORUK's envelope: page numbers start at 1. */
    public record Page<T>(
            @JsonProperty("total_items") long totalItems,
            @JsonProperty("total_pages") int totalPages,
            @JsonProperty("page_number") int pageNumber,
            int size,
            @JsonProperty("first_page") boolean firstPage,
            @JsonProperty("last_page") boolean lastPage,
            boolean empty,
            List<T> contents) {

        public static <T> Page<T> of(List<T> contents, long totalItems, int pageNumber, int perPage) {
            int totalPages = (int) ((totalItems + perPage - 1) / perPage);
            return new Page<>(totalItems, totalPages, pageNumber, contents.size(), pageNumber == 1,
                    pageNumber >= totalPages, contents.isEmpty(), contents);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Service(
            UUID id,
            @JsonProperty("organization_id") UUID organizationId,
            String name,
            String description,
            String url,
            String status,
            @JsonProperty("minimum_age") Integer minimumAge,
            @JsonProperty("maximum_age") Integer maximumAge,
            @JsonProperty("last_modified") String lastModified,
            Organization organization,
            @JsonProperty("service_areas") List<ServiceArea> serviceAreas,
            List<Attribute> attributes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organization(UUID id, String name, String description, List<Service> services) {
    }

    /** Where a service is offered: the local authority whose Local Offer it is in. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ServiceArea(UUID id, @JsonProperty("service_id") UUID serviceId, String name,
            @JsonProperty("service_area") String serviceArea, String uri) {
    }

    /** A service's term of a taxonomy (HSDS 3 links services to terms through attributes). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attribute(UUID id, @JsonProperty("link_id") UUID linkId,
            @JsonProperty("taxonomy_term_id") UUID taxonomyTermId, @JsonProperty("link_type") String linkType,
            @JsonProperty("taxonomy_term") TaxonomyTerm taxonomyTerm) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Taxonomy(UUID id, String name, String description, String version,
            @JsonProperty("taxonomy_terms") List<TaxonomyTerm> taxonomyTerms) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TaxonomyTerm(UUID id, String name, String description, String taxonomy,
            @JsonProperty("taxonomy_id") UUID taxonomyId, String term) {
    }
}
