package org.tariffgraph.model.read;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** An agency, court, broadcaster or media account. */
public record Organisation(String uid, @Nullable String id, @Nullable String name, @Nullable String organisationKind, List<String> aliases, @Nullable String description)
		implements GraphEntity {

	@Override
	public @Nullable String displayName() {
		return this.name;
	}

}
