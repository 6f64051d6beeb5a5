package org.sendhub.localoffer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;

/**
 * Ids for what the feed publishes but SEND Hub keeps no row of (a provider is free text, the
 * taxonomies are fixed lists): name-based UUIDs (RFC 9562 version 5, SHA-1) in a namespace of
 * our own, so the same thing has the same id on every server and after every restart, and a
 * directory that stored one finds it again. Services keep their own UUIDs.
 */
public final class OrukIds {

    /** Version 5 of the RFC 9562 URL namespace and the name {@code urn:sendhub:local-offer}. */
    public static final UUID NAMESPACE = nameBased(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
            "urn:sendhub:local-offer");

    private OrukIds() {
    }

    /** A provider, by its name with case and runs of spaces ignored ("NHS  trust" is "nhs trust"). */
    public static UUID organization(String providerName) {
        return nameBased(NAMESPACE, "organization:" + normalised(providerName));
    }

    public static UUID taxonomy(String key) {
        return nameBased(NAMESPACE, "taxonomy:" + key);
    }

    public static UUID taxonomyTerm(String taxonomyKey, String code) {
        return nameBased(NAMESPACE, "taxonomy_term:" + taxonomyKey + ":" + code);
    }

    /** The link between a service and a term of a taxonomy. */
    public static UUID attribute(UUID serviceId, UUID termId) {
        return nameBased(NAMESPACE, "attribute:" + serviceId + ":" + termId);
    }

    /** The area a service is offered in. */
    public static UUID serviceArea(UUID serviceId, String areaCode) {
        return nameBased(NAMESPACE, "service_area:" + serviceId + ":" + areaCode);
    }

    static String normalised(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static UUID nameBased(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        var bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
