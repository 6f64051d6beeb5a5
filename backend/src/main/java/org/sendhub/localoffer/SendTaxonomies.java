package org.sendhub.localoffer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sendhub.common.json.ApiEnums;
import org.sendhub.localoffer.OrukDto.Taxonomy;
import org.sendhub.localoffer.OrukDto.TaxonomyTerm;
import org.sendhub.service.PrimaryNeed;
import org.sendhub.service.Sector;
import org.sendhub.service.ServiceTier;

/**
 * The three SEND taxonomies the feed publishes, so that a directory can filter services for,
 * say, autism or speech and language needs: primary needs (the DfE codes, with the names DfE
 * publishes them under), tiers and partner sectors. Their ids are name-based ({@link OrukIds}),
 * the same on every server.
 */
public final class SendTaxonomies {

    /** One taxonomy: its key (part of every id), what the feed says of it, and its terms. */
    public enum Kind {
        PRIMARY_NEED("send_primary_need", "SEND primary need",
                "The primary types of special educational need of the Department for Education's school census"
                        + " and SEN2 return. Each term's code is DfE's.",
                "audience", PrimaryNeed.class),
        TIER("send_service_tier", "SEND service tier",
                "Whether a service is for every child and family, targeted at some, or specialist.",
                "service_type", ServiceTier.class),
        SECTOR("send_partner_sector", "SEND partner sector",
                "The partner sectors of a local area's SEND joint commissioning that a service spans.",
                "service_type", Sector.class);

        public final String key;
        public final String name;
        public final String description;
        /** What the term says of a service, as the attribute's link_type. */
        public final String linkType;
        final Class<? extends Enum<?>> codes;

        Kind(String key, String name, String description, String linkType, Class<? extends Enum<?>> codes) {
            this.key = key;
            this.name = name;
            this.description = description;
            this.linkType = linkType;
            this.codes = codes;
        }

        public UUID id() {
            return OrukIds.taxonomy(key);
        }
    }

    /** A term and the SEND Hub value it stands for (a PrimaryNeed, ServiceTier or Sector). */
    public record Term(Kind kind, Enum<?> value, TaxonomyTerm oruk) {
    }

    /** DfE's names of the primary needs, as its SEN statistics (and EHC plans release) print them. */
    private static final Map<PrimaryNeed, String> NEED_NAMES = Map.ofEntries(
            Map.entry(PrimaryNeed.SPLD, "Specific learning difficulty"),
            Map.entry(PrimaryNeed.MLD, "Moderate learning difficulty"),
            Map.entry(PrimaryNeed.SLD, "Severe learning difficulty"),
            Map.entry(PrimaryNeed.PMLD, "Profound & multiple learning difficulty"),
            Map.entry(PrimaryNeed.SEMH, "Social, emotional and mental health"),
            Map.entry(PrimaryNeed.SLCN, "Speech, language and communication needs"),
            Map.entry(PrimaryNeed.HI, "Hearing impairment"),
            Map.entry(PrimaryNeed.VI, "Visual impairment"),
            Map.entry(PrimaryNeed.MSI, "Multisensory impairment"),
            Map.entry(PrimaryNeed.PD, "Physical disability"),
            Map.entry(PrimaryNeed.ASD, "Autistic spectrum disorder"),
            Map.entry(PrimaryNeed.OTH, "Other difficulty/disability"),
            Map.entry(PrimaryNeed.NSA, "SEN support but no specialist assessment of type of need"));

    private static final Map<ServiceTier, String[]> TIERS = Map.of(
            ServiceTier.UNIVERSAL, new String[] { "Universal",
                    "Open to every child, young person and family, with or without SEND." },
            ServiceTier.TARGETED, new String[] { "Targeted",
                    "For children and young people with SEND who need more than universal services offer." },
            ServiceTier.SPECIALIST, new String[] { "Specialist",
                    "For children and young people with complex or long-term needs, usually after an assessment"
                            + " or a referral." });

    private static final Map<Sector, String[]> SECTORS = Map.of(
            Sector.EDUCATION, new String[] { "Education", "Education services: early years, schools, colleges"
                    + " and the council's SEND services." },
            Sector.HEALTH, new String[] { "Health", "Health services, commissioned by the NHS." },
            Sector.SOCIAL_CARE, new String[] { "Social care", "Social care services for children, young people"
                    + " and families, including short breaks." });

    private static final List<Term> TERMS = Arrays.stream(Kind.values())
            .flatMap(kind -> Arrays.stream(kind.codes.getEnumConstants()).map(value -> term(kind, value))).toList();

    private static final Map<UUID, Term> BY_ID = TERMS.stream()
            .collect(Collectors.toUnmodifiableMap(term -> term.oruk().id(), Function.identity()));

    private SendTaxonomies() {
    }

    public static List<Term> terms() {
        return TERMS;
    }

    public static Optional<Term> term(UUID id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    public static Term term(Enum<?> value) {
        return TERMS.stream().filter(term -> term.value() == value).findFirst().orElseThrow();
    }

    public static Optional<Kind> kind(UUID id) {
        return Arrays.stream(Kind.values()).filter(kind -> kind.id().equals(id)).findFirst();
    }

    public static Taxonomy taxonomy(Kind kind, boolean withTerms) {
        return new Taxonomy(kind.id(), kind.name, kind.description, null, withTerms
                ? TERMS.stream().filter(term -> term.kind() == kind).map(Term::oruk).toList()
                : null);
    }

    private static Term term(Kind kind, Enum<?> value) {
        String code = ApiEnums.apiName(value);
        String name;
        String description;
        if (value instanceof PrimaryNeed need) {
            name = NEED_NAMES.get(need);
            description = "Primary need " + code + " of the DfE school census: " + name + ".";
        } else if (value instanceof ServiceTier tier) {
            name = TIERS.get(tier)[0];
            description = TIERS.get(tier)[1];
        } else {
            name = SECTORS.get((Sector) value)[0];
            description = SECTORS.get((Sector) value)[1];
        }
        return new Term(kind, value, new TaxonomyTerm(OrukIds.taxonomyTerm(kind.key, code), name, description,
                kind.name, kind.id(), code));
    }
}
