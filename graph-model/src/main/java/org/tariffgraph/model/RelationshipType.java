package org.tariffgraph.model;

/**
 * The relationship types of the knowledge graph, with the direction they are written in. The model is
 * described in {@code docs/model.md}; keep both in step.
 */
public enum RelationshipType {

	/** Any entity to the source that reports it. */
	SOURCED_BY,
	/** A good or industry to its parent in the HS or NAICS hierarchy. */
	PART_OF,
	/** A good to an industry that makes it (HS→NAICS concordance). */
	MADE_BY,
	/** An official to a role they hold. */
	HOLDS,
	/** A role to the country or organisation it is held for. */
	ROLE_AT,
	/** An organisation to an organisation it belongs to or is affiliated with. */
	AFFILIATED_WITH,
	/** An organisation or official to the country it belongs to. */
	BASED_IN,
	/** A measure to the country that imposes it. */
	IMPOSED_BY,
	/** A measure to the country of origin whose goods it taxes (none: all origins). */
	APPLIES_TO,
	/** A measure or exemption to the goods it covers (an HS code at any level covers those below it). */
	COVERS,
	/** A measure to the earlier measure of the same layer it amends or supersedes. */
	AMENDS,
	/** An exemption to the measure it takes goods or industries out of. */
	EXEMPTS_FROM,
	/**
	 * An exemption to a measure whose goods it covers while that measure covers them: a rule of the law such as
	 * "goods subject to Section 232 are outside the reciprocal tariff" (EO 14257 s.3(b)), stated once instead of
	 * listing the goods.
	 */
	WHEN_SUBJECT_TO,
	/** An exemption, indicator or event to an industry it names directly. */
	AFFECTS,
	/** An exemption to the country, official or organisation that granted it. */
	GRANTED_BY,
	/** A statement to its speaker (an official or an organisation). */
	SAID_BY,
	/** A statement to what it is about. */
	ABOUT,
	/** An event to a country, official or organisation that takes part in it. */
	INVOLVES,
	/** An indicator to the country it is measured for. */
	MEASURED_FOR

}
