package org.tariffgraph.model;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a measure's rate is charged on: the good's whole customs value, or only the value of its steel, aluminium or
 * copper content. The Section 232 metal tariffs of 2025 charged derivatives on their metal content alone (US note
 * 19(h)-(k); the copper proclamation of 30 Jul 2025), so where such a layer applies a good's total depends on what
 * share of its value that content is, which the graph does not know.
 */
public enum RateBase implements StoredWord {

	/** The whole customs value of the good: the default. */
	VALUE(null),
	/** The declared value of the good's steel content. */
	STEEL_CONTENT("steel"),
	/** The declared value of the good's aluminium content. */
	ALUMINIUM_CONTENT("aluminium"),
	/** The declared value of the good's copper content. */
	COPPER_CONTENT("copper");

	private final @Nullable String material;

	RateBase(@Nullable String material) {
		this.material = material;
	}

	/** Whether the rate is charged on a part of the value only: one of the contents. */
	public boolean isContent() {
		return this.material != null;
	}

	/** The metal whose content it is, as a reason names it ("steel"); null for the whole value. */
	public @Nullable String material() {
		return this.material;
	}

	/** The base a measure's {@code rateBase} names; none named is {@link #VALUE}. */
	public static Optional<RateBase> of(@Nullable String value) {
		return (value == null) ? Optional.of(VALUE) : StoredWord.of(RateBase.class, value);
	}

}
