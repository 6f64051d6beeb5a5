package org.sendhub.common.record;

import java.util.UUID;

/** What the API answers for an area record: it has an id and a version (its ETag). */
public interface RecordView {

    UUID id();

    int version();
}
