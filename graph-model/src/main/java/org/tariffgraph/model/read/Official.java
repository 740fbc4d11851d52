package org.tariffgraph.model.read;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A person who holds office or speaks for a government. */
public record Official(String uid, @Nullable String id, @Nullable String name, List<String> aliases, @Nullable String description)
		implements GraphEntity {

	@Override
	public @Nullable String displayName() {
		return this.name;
	}

}
