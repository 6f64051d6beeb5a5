package org.sendhub.common.security;

import java.util.List;

/**
 * Who writes indicator values and for which areas, as {@link Access} decided: an import checks
 * each row's area against it.
 *
 * @param areaCodes the areas it may write, unless {@code everyArea}
 */
public record ValueWriter(String actor, List<String> areaCodes, boolean everyArea) {

    public ValueWriter(String actor, List<String> areaCodes) {
        this(actor, List.copyOf(areaCodes), false);
    }

    /** An admin, or the system loading published data. */
    public static ValueWriter everyArea(String actor) {
        return new ValueWriter(actor, List.of(), true);
    }

    public boolean mayWrite(String areaCode) {
        return everyArea || areaCodes.contains(areaCode);
    }
}
