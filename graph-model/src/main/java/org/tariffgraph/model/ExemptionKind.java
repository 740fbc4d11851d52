package org.tariffgraph.model;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** The kinds of exemption, and what each means for stacking: whether it takes the good out of the measure's layer. */
public enum ExemptionKind {

	/** Named goods are taken out of the measures. */
	GOODS("goods", true),
	/**
	 * The goods of named industries are taken out: the only kind whose industries ({@code AFFECTS}) are its
	 * scope; the industries of other kinds say whom they affect.
	 */
	INDUSTRY("industry", true),
	/** A measure does not stack on another: goods that pay one do not pay the other. */
	NO_STACKING("no-stacking", true),
	/** Relief paid back against the duty (it is still owed): the layer stays. */
	OFFSET("offset", false),
	/** Duty paid is refunded later: the layer stays. */
	REFUND("refund", false);

	private final String value;

	private final boolean removesLayer;

	ExemptionKind(String value, boolean removesLayer) {
		this.value = value;
		this.removesLayer = removesLayer;
	}

	/** As stored on an exemption's {@code kind} property and written in datasets. */
	public String value() {
		return this.value;
	}

	/** Whether an exemption of this kind removes the layer of the measure it exempts from. */
	public boolean removesLayer() {
		return this.removesLayer;
	}

	public static Optional<ExemptionKind> of(@Nullable String value) {
		// a loop: asked once per layer of every line an answer stacks
		for (var k : values()) {
			if (k.value.equals(value)) {
				return Optional.of(k);
			}
		}
		return Optional.empty();
	}

}
