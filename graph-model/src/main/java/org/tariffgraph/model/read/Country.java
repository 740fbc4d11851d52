package org.tariffgraph.model.read;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A country or customs territory. */
public record Country(String uid, @Nullable String iso2, @Nullable String iso3, @Nullable String name,
		List<String> aliases) implements GraphEntity {

	@Override
	public @Nullable String displayName() {
		return this.name;
	}

}
