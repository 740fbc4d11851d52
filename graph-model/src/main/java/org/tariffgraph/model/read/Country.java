package org.tariffgraph.model.read;

import java.util.List;

/** A country or customs territory. */
public record Country(String uid, String iso2, String iso3, String name, List<String> aliases) implements GraphEntity {

	@Override
	public String displayName() {
		return this.name;
	}

}
