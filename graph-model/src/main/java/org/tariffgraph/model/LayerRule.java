package org.tariffgraph.model;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How the measures of one layer that cover a good on a day are resolved into the one that applies. Layers
 * themselves always stack; this is the rule within one.
 */
public enum LayerRule implements StoredWord {

	/**
	 * The measure with the latest start applies; on the same day, the one that amends the other. For a rate
	 * that is raised, cut or replaced over time (the reciprocal tariff on China: 34%, 84%, 125%, 10%).
	 */
	NEWEST,

	/**
	 * The highest rate among the measures in force applies. For layers of parallel product lists under one
	 * authority, where a line on two lists pays the higher (Section 301: a line on List 3 at 25% and on a
	 * four-year-review heading at 50% pays 50%).
	 */
	HIGHEST,

	/**
	 * The measure whose product list names the good most specifically applies: the one listing the line itself over
	 * one listing its HS-6 subheading or heading; between equally specific listings, the newest. For a regime of
	 * mutually exclusive lists where one list names a subheading and another names single lines under it (the
	 * Section 232 metals annexes from 6 Apr 2026, US note 16(a): "an imported article will be subject to no more
	 * than one of these headings"; 7326.20.00.90 is on list (iii) at 50% though list (vii) names other lines of
	 * 7326.20 at 25%).
	 */
	MOST_SPECIFIC;

	/** The rule a measure's {@code layerRule} names; none named is {@link #NEWEST}. */
	public static Optional<LayerRule> of(@Nullable String value) {
		return (value == null) ? Optional.of(NEWEST) : StoredWord.of(LayerRule.class, value);
	}

}
