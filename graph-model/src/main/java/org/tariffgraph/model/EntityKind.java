package org.tariffgraph.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of node the knowledge graph holds. Every node carries the {@code Entity} label and a
 * {@code uid} of the form {@code prefix:key}, so that polymorphic references ("a statement is about a
 * measure, a country or a good") resolve through one unique constraint.
 */
public enum EntityKind {

	COUNTRY("country", "Country", "iso2", null),
	OFFICIAL("official", "Official", "id", null),
	ORGANISATION("org", "Organisation", "id", null),
	ROLE("role", "Role", "id", "from"),
	MEASURE("measure", "TariffMeasure", "id", "inForceFrom"),
	EXEMPTION("exemption", "Exemption", "id", "inForceFrom"),
	GOOD("good", "Good", "hsCode", null),
	INDUSTRY("industry", "Industry", "naicsCode", null),
	STATEMENT("statement", "Statement", "id", "date"),
	EVENT("event", "Event", "id", "date"),
	INDICATOR("indicator", "Indicator", "id", "date"),
	SOURCE("source", "Source", "id", "published");

	/** The label every node of the graph carries besides its kind's label. */
	public static final String ENTITY_LABEL = "Entity";

	/** The kinds by uid prefix; initialised after the constants, as an enum's static fields are. */
	private static final Map<String, EntityKind> BY_PREFIX = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(kind -> kind.prefix, kind -> kind));

	/** The kinds by label. */
	private static final Map<String, EntityKind> BY_LABEL = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(kind -> kind.label, kind -> kind));

	private final String prefix;

	private final String label;

	private final String keyProperty;

	private final @Nullable String dateProperty;

	EntityKind(String prefix, String label, String keyProperty, @Nullable String dateProperty) {
		this.prefix = prefix;
		this.label = label;
		this.keyProperty = keyProperty;
		this.dateProperty = dateProperty;
	}

	/** The prefix of this kind's uids and typed references, e.g. {@code measure}. */
	public String prefix() {
		return this.prefix;
	}

	/** The Neo4j label, e.g. {@code TariffMeasure}. */
	public String label() {
		return this.label;
	}

	/** The business key property, e.g. {@code iso2} for countries. */
	public String keyProperty() {
		return this.keyProperty;
	}

	/**
	 * The date that places an entity of this kind in time (a measure's {@code inForceFrom}, a statement's
	 * {@code date}, a source's {@code published}), if the kind has one: what lists of it are ordered by.
	 */
	public Optional<String> dateProperty() {
		return Optional.ofNullable(this.dateProperty);
	}

	/** The uid of the node of this kind with the given business key. */
	public String uid(String key) {
		return this.prefix + ":" + key;
	}

	public static Optional<EntityKind> byPrefix(String prefix) {
		return Optional.ofNullable(BY_PREFIX.get(prefix));
	}

	/** The kind a label names: asked for every entity a query returns, so looked up in a map, not by a scan. */
	public static Optional<EntityKind> byLabel(String label) {
		return Optional.ofNullable(BY_LABEL.get(label));
	}

}
