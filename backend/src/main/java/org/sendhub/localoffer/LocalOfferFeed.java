package org.sendhub.localoffer;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.sendhub.area.Area;
import org.sendhub.area.AreaRepository;
import org.sendhub.common.paging.ListQuery;
import org.sendhub.common.paging.PageRequest;
import org.sendhub.common.problem.ProblemException;
import org.sendhub.localoffer.OrukDto.Attribute;
import org.sendhub.localoffer.OrukDto.Organization;
import org.sendhub.localoffer.OrukDto.Page;
import org.sendhub.localoffer.OrukDto.Service;
import org.sendhub.localoffer.OrukDto.ServiceArea;
import org.sendhub.service.CommissionedService;
import org.sendhub.service.ServiceRepository;
import org.sendhub.service.ServiceStatus;

import io.quarkus.panache.common.Sort;

/**
 * What an area's public Local Offer feed says: its services with {@code publishToLocalOffer}
 * that are not archived, and of each only what Open Referral UK's service fields hold (name,
 * description, web address, status, ages, provider, needs, tier, sectors, area). Never money,
 * contracts, commissioners, links to the plan or anything else of the area.
 */
@ApplicationScoped
@Transactional
public class LocalOfferFeed {

    /** ORUK's {@code last_modified}: UTC, to the millisecond. */
    private static final DateTimeFormatter LAST_MODIFIED = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The ONS linked-data address of a GSS code: what the service area's uri names. */
    private static final String STATISTICAL_GEOGRAPHY = "http://statistics.data.gov.uk/id/statistical-geography/";

    /** How much of each service a list shows. */
    public enum Detail {
        /** id, name, status and last_modified: enough to see what changed. */
        MINIMAL,
        /** ORUK's one-to-one fields and the organization. */
        BASIC,
        /** Fully nested, as {@code /services/{id}}. */
        FULL
    }

    /** The filters of {@code /services}; each may be absent. */
    public record ServiceFilters(String search, UUID taxonomyTermId, UUID taxonomyId, UUID organizationId,
            OffsetDateTime modifiedAfter) {
    }

    /** A provider as an organization: its id and every spelling of its name among published services. */
    private record Provider(UUID id, String name, List<String> spellings) {
    }

    @Inject
    AreaRepository areas;

    @Inject
    ServiceRepository services;

    @Inject
    EntityManager em;

    /** The area whose feed is asked for; any other code is a 404. */
    public Area area(String areaCode) {
        return areas.findByIdOptional(areaCode)
                .orElseThrow(() -> ProblemException.notFound("No Local Offer feed for " + areaCode + "."));
    }

    public Page<Service> services(Area area, ServiceFilters filters, Detail detail, FeedPage page) {
        var query = published(area.code).search(filters.search(), "name", "description", "provider")
                .where("updatedAt >= :modifiedAfter", "modifiedAfter", filters.modifiedAfter());
        if (filters.taxonomyTermId() != null) {
            var term = SendTaxonomies.term(filters.taxonomyTermId());
            if (term.isEmpty()) {
                return Page.of(List.of(), 0, page.number(), page.perPage());
            }
            query = switch (term.get().kind()) {
                case PRIMARY_NEED -> query.has("needs", term.get().value());
                case TIER -> query.equal("tier", term.get().value());
                case SECTOR -> query.has("sectors", term.get().value());
            };
        }
        if (filters.taxonomyId() != null) {
            var kind = SendTaxonomies.kind(filters.taxonomyId());
            if (kind.isEmpty()) {
                return Page.of(List.of(), 0, page.number(), page.perPage());
            }
            query = switch (kind.get()) {
                case PRIMARY_NEED -> query.whereIf(true, "needs is not empty");
                case TIER -> query;
                case SECTOR -> query.whereIf(true, "sectors is not empty");
            };
        }
        var providers = providers(area.code);
        if (filters.organizationId() != null) {
            var provider = providers.get(filters.organizationId());
            if (provider == null) {
                return Page.of(List.of(), 0, page.number(), page.perPage());
            }
            query = query.where("provider in :providers", "providers", provider.spellings());
        }
        var found = query.sorted(Sort.by("name").and("id"))
                .page(services, new PageRequest(page.number() - 1, page.perPage()), s -> s);
        var contents = found.items().stream().map(s -> service(area, s, detail, providers)).toList();
        return Page.of(contents, found.total(), page.number(), page.perPage());
    }

    public Service service(Area area, UUID id) {
        var query = published(area.code).where("id = :id", "id", id);
        var service = services.find(query.where(), query.params()).firstResultOptional().orElseThrow(
                () -> ProblemException.notFound("No service " + id + " in the Local Offer feed of " + area.code + "."));
        return service(area, service, Detail.FULL, providers(area.code));
    }

    public Page<Organization> organizations(Area area, String search, Detail services, FeedPage page) {
        String needle = search == null || search.isBlank() ? null : search.trim().toLowerCase(Locale.ROOT);
        var matching = providers(area.code).values().stream()
                .filter(p -> needle == null || p.name().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(Comparator.comparing(Provider::name).thenComparing(Provider::id)).toList();
        long from = (long) (page.number() - 1) * page.perPage();
        var contents = matching.stream().skip(from).limit(page.perPage())
                .map(p -> organization(area, p, services)).toList();
        return Page.of(contents, matching.size(), page.number(), page.perPage());
    }

    public Organization organization(Area area, UUID id, Detail services) {
        var provider = providers(area.code).get(id);
        if (provider == null) {
            throw ProblemException.notFound("No organization " + id + " in the Local Offer feed of " + area.code + ".");
        }
        return organization(area, provider, services);
    }

    /** {@code services} null leaves the organization's services out. */
    private Organization organization(Area area, Provider provider, Detail services) {
        List<Service> provided = null;
        if (services != null) {
            var all = providers(area.code);
            provided = published(area.code).where("provider in :providers", "providers", provider.spellings())
                    .sorted(Sort.by("name").and("id")).page(this.services, new PageRequest(0, PageRequest.MAX_SIZE),
                            s -> service(area, s, services, all))
                    .items();
        }
        return new Organization(provider.id(), provider.name(), organizationDescription(area), provided);
    }

    private static String organizationDescription(Area area) {
        return "Provides services in the SEND Local Offer of " + area.name + ".";
    }

    private static ListQuery published(String areaCode) {
        return ListQuery.inArea(areaCode).whereIf(true, "publishToLocalOffer = true").archived(false);
    }

    /** The providers of the area's published services, by organization id. */
    private Map<UUID, Provider> providers(String areaCode) {
        List<String> names = em.createQuery("select distinct provider from CommissionedService where areaCode = :area"
                + " and publishToLocalOffer = true and archived = false and provider is not null", String.class)
                .setParameter("area", areaCode).getResultList();
        var spellings = new TreeMap<UUID, List<String>>();
        for (String name : names) {
            if (!name.isBlank()) {
                spellings.computeIfAbsent(OrukIds.organization(name), id -> new ArrayList<>()).add(name);
            }
        }
        var out = new TreeMap<UUID, Provider>();
        spellings.forEach((id, list) -> {
            list.sort(Comparator.naturalOrder());
            out.put(id, new Provider(id, list.get(0).trim(), List.copyOf(list)));
        });
        return out;
    }

    private Service service(Area area, CommissionedService s, Detail detail, Map<UUID, Provider> providers) {
        String lastModified = LAST_MODIFIED.format(s.updatedAt);
        if (detail == Detail.MINIMAL) {
            return new Service(s.id, null, s.name, null, null, status(s.status), null, null, lastModified, null, null,
                    null);
        }
        Provider provider = s.provider == null || s.provider.isBlank() ? null
                : providers.get(OrukIds.organization(s.provider));
        Organization organization = provider == null ? null
                : new Organization(provider.id(), provider.name(), organizationDescription(area), null);
        List<ServiceArea> serviceAreas = null;
        List<Attribute> attributes = null;
        if (detail == Detail.FULL) {
            serviceAreas = List.of(new ServiceArea(OrukIds.serviceArea(s.id, area.code), s.id, area.name,
                    "The " + area.name + " local area, whose SEND Local Offer this is.",
                    STATISTICAL_GEOGRAPHY + area.code));
            attributes = new ArrayList<>();
            for (var need : s.needs) {
                attributes.add(attribute(s.id, SendTaxonomies.term(need)));
            }
            attributes.add(attribute(s.id, SendTaxonomies.term(s.tier)));
            for (var sector : s.sectors) {
                attributes.add(attribute(s.id, SendTaxonomies.term(sector)));
            }
        }
        return new Service(s.id, provider == null ? null : provider.id(), s.name, blankToNull(s.description),
                blankToNull(s.localOfferUrl), status(s.status), s.ageFrom, s.ageTo, lastModified, organization,
                serviceAreas, attributes);
    }

    private static Attribute attribute(UUID serviceId, SendTaxonomies.Term term) {
        return new Attribute(OrukIds.attribute(serviceId, term.oruk().id()), serviceId, term.oruk().id(),
                term.kind().linkType, term.oruk());
    }

    /**
     * ORUK's status: a running service is active, one not started yet inactive, and a
     * decommissioned one defunct (so a directory that copied it learns it has gone).
     */
    static String status(ServiceStatus status) {
        return switch (status) {
            case ACTIVE -> "active";
            case PLANNED -> "inactive";
            case DECOMMISSIONED -> "defunct";
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
