package org.tariffgraph.model.read;

import org.jspecify.annotations.Nullable;

/**
 * An HS 2022 chapter, heading or subheading, or a US national tariff line (HTS-8, HTS-10) below them.
 * @param listedOnly whether it is known only from a product list (a line of another HTS revision)
 */
public record Good(String uid, @Nullable String hsCode, int level, @Nullable String name, @Nullable String description,
		@Nullable String section, boolean listedOnly) implements GraphEntity {

	@Override
	public @Nullable String displayName() {
		return (this.name != null) ? this.name : this.description;
	}

}
