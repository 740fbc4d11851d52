package org.tariffgraph.model;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** The kinds of exemption, and what each means for stacking: whether it takes the good out of the measure's layer. */
public enum ExemptionKind implements StoredWord {

	/** Named goods are taken out of the measures. */
	GOODS(true),
	/**
	 * The goods of named industries are taken out: the only kind whose industries ({@code AFFECTS}) are its
	 * scope; the industries of other kinds say whom they affect.
	 */
	INDUSTRY(true),
	/** A measure does not stack on another: goods that pay one do not pay the other. */
	NO_STACKING(true),
	/** Relief paid back against the duty (it is still owed): the layer stays. */
	OFFSET(false),
	/** Duty paid is refunded later: the layer stays. */
	REFUND(false);

	private final boolean removesLayer;

	ExemptionKind(boolean removesLayer) {
		this.removesLayer = removesLayer;
	}

	/** Whether an exemption of this kind removes the layer of the measure it exempts from. */
	public boolean removesLayer() {
		return this.removesLayer;
	}

	/** The kind stored as {@code value}, if it is one. */
	public static Optional<ExemptionKind> of(@Nullable String value) {
		return StoredWord.of(ExemptionKind.class, value);
	}

}
