package org.sendhub.link;

import java.util.UUID;

/** A linked record as a detail page shows it: enough to name it, link to it and say if archived. */
public record LinkRef(UUID id, String label, boolean archived) {
}
