package org.tariffgraph.model.read;

import org.jspecify.annotations.Nullable;

/** Any node of the graph: every kind has a uid ({@code kind:key}) and a name a person can read. */
public sealed interface GraphEntity permits Country, Official, Organisation, Role, TariffMeasure, Exemption, Good,
		Industry, Statement, Event, Indicator, Source {

	String uid();

	/** A short human-readable name: a country's name, a measure's title, a statement's first words. */
	@Nullable String displayName();

	/** The GraphQL type and Neo4j label of this kind of entity, e.g. {@code TariffMeasure}. */
	default String kind() {
		return getClass().getSimpleName();
	}

}
