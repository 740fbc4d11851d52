package org.tariffgraph.model.read;

import org.jspecify.annotations.Nullable;

/** A NAICS 2022 industry at any level. */
public record Industry(String uid, @Nullable String naicsCode, int level,
		@Nullable String title) implements GraphEntity {

	@Override
	public @Nullable String displayName() {
		return this.title;
	}

}
