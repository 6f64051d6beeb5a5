package org.sendhub.common.security;

import java.util.List;

/** The areas a read may cover, as {@link Access} decided: every area, or these. */
public record AreaScope(boolean every, List<String> codes) {

    public static final AreaScope EVERY = new AreaScope(true, List.of());

    public static AreaScope of(List<String> codes) {
        return new AreaScope(false, List.copyOf(codes));
    }
}
