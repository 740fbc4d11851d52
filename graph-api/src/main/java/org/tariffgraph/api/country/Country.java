package org.tariffgraph.api.country;

import java.util.List;

/** A country as the API shows it. */
public record Country(String iso2, String iso3, String name, List<String> aliases) {
}
