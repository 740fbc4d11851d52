package org.tariffgraph.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.tariffgraph.model.EntityKind.COUNTRY;
import static org.tariffgraph.model.EntityKind.EVENT;
import static org.tariffgraph.model.EntityKind.EXEMPTION;
import static org.tariffgraph.model.EntityKind.GOOD;
import static org.tariffgraph.model.EntityKind.INDICATOR;
import static org.tariffgraph.model.EntityKind.INDUSTRY;
import static org.tariffgraph.model.EntityKind.MEASURE;
import static org.tariffgraph.model.EntityKind.OFFICIAL;
import static org.tariffgraph.model.EntityKind.ORGANISATION;
import static org.tariffgraph.model.EntityKind.ROLE;
import static org.tariffgraph.model.EntityKind.SOURCE;
import static org.tariffgraph.model.EntityKind.STATEMENT;

/**
 * The relationship types of the knowledge graph, each with the direction it is written in and the kinds it
 * connects: the one catalogue that the importer's references, the API's navigation and {@code docs/model.md}
 * are held to by tests.
 */
public enum RelationshipType {

	/** Any entity to the source that reports it. */
	SOURCED_BY(fromEach(EnumSet.complementOf(EnumSet.of(SOURCE)), Set.of(SOURCE))),
	/** A good or industry to its parent in the HS or NAICS hierarchy. */
	PART_OF(Map.of(GOOD, Set.of(GOOD), INDUSTRY, Set.of(INDUSTRY))),
	/** A good to an industry that makes it (HS→NAICS concordance). */
	MADE_BY(Map.of(GOOD, Set.of(INDUSTRY))),
	/** An official to a role they hold. */
	HOLDS(Map.of(OFFICIAL, Set.of(ROLE))),
	/** A role to the country or organisation it is held for. */
	ROLE_AT(Map.of(ROLE, Set.of(COUNTRY, ORGANISATION))),
	/** An organisation to an organisation it belongs to or is affiliated with. */
	AFFILIATED_WITH(Map.of(ORGANISATION, Set.of(ORGANISATION))),
	/** An organisation or official to the country it belongs to. */
	BASED_IN(Map.of(OFFICIAL, Set.of(COUNTRY), ORGANISATION, Set.of(COUNTRY))),
	/** A measure to the country that imposes it. */
	IMPOSED_BY(Map.of(MEASURE, Set.of(COUNTRY))),
	/** A measure to the country of origin whose goods it taxes (none: all origins). */
	APPLIES_TO(Map.of(MEASURE, Set.of(COUNTRY))),
	/** A measure or exemption to the goods it covers (an HS code at any level covers those below it). */
	COVERS(Map.of(MEASURE, Set.of(GOOD), EXEMPTION, Set.of(GOOD))),
	/** A measure to the earlier measure of the same layer it amends or supersedes. */
	AMENDS(Map.of(MEASURE, Set.of(MEASURE))),
	/** An exemption to the measure it takes goods or industries out of. */
	EXEMPTS_FROM(Map.of(EXEMPTION, Set.of(MEASURE))),
	/**
	 * An exemption to a measure whose goods it covers while that measure covers them: a rule of the law such as
	 * "goods subject to Section 232 are outside the reciprocal tariff" (EO 14257 s.3(b)), stated once instead of
	 * listing the goods.
	 */
	WHEN_SUBJECT_TO(Map.of(EXEMPTION, Set.of(MEASURE))),
	/** An exemption or indicator to an industry it names directly. */
	AFFECTS(Map.of(EXEMPTION, Set.of(INDUSTRY), INDICATOR, Set.of(INDUSTRY))),
	/** An exemption to the country, official or organisation that granted it. */
	GRANTED_BY(Map.of(EXEMPTION, Set.of(COUNTRY, OFFICIAL, ORGANISATION))),
	/** A statement to its speaker (an official or an organisation). */
	SAID_BY(Map.of(STATEMENT, Set.of(OFFICIAL, ORGANISATION))),
	/** A statement or event to what it is about: any entity but a source or a role. */
	ABOUT(Map.of(STATEMENT, EnumSet.complementOf(EnumSet.of(SOURCE, ROLE)), EVENT,
			EnumSet.complementOf(EnumSet.of(SOURCE, ROLE)))),
	/** An event to a country, official or organisation that takes part in it. */
	INVOLVES(Map.of(EVENT, Set.of(COUNTRY, OFFICIAL, ORGANISATION))),
	/** An indicator to the country it is measured for. */
	MEASURED_FOR(Map.of(INDICATOR, Set.of(COUNTRY)));

	private final Map<EntityKind, Set<EntityKind>> connects;

	RelationshipType(Map<EntityKind, Set<EntityKind>> connects) {
		// in the kinds' order, so that what is derived from the catalogue reads the same every time
		Map<EntityKind, Set<EntityKind>> ordered = new LinkedHashMap<>();
		for (EntityKind from : EntityKind.values()) {
			if (connects.containsKey(from)) {
				ordered.put(from, Collections.unmodifiableSet(EnumSet.copyOf(connects.get(from))));
			}
		}
		this.connects = Collections.unmodifiableMap(ordered);
	}

	private static Map<EntityKind, Set<EntityKind>> fromEach(Set<EntityKind> from, Set<EntityKind> to) {
		return from.stream().collect(Collectors.toMap(kind -> kind, kind -> to));
	}

	/** The kinds it starts from, each with the kinds it may lead to. */
	public Map<EntityKind, Set<EntityKind>> connects() {
		return this.connects;
	}

	/** The kinds it may lead to from a kind: empty where it does not start from that kind. */
	public Set<EntityKind> targets(EntityKind from) {
		return this.connects.getOrDefault(from, Set.of());
	}

	/**
	 * The catalogue as the Markdown table of {@code docs/model.md}: one row per type and kind it starts from, the
	 * kinds it leads to by label.
	 */
	public static String describe() {
		StringBuilder table = new StringBuilder("| relationship | from | to |\n|---|---|---|\n");
		for (RelationshipType type : values()) {
			type.connects.forEach((from, to) -> table.append("| `%s` | `%s` | %s |\n".formatted(type.name(), from.label(),
					to.stream().map(kind -> "`" + kind.label() + "`").collect(Collectors.joining(", ")))));
		}
		return table.toString();
	}

}
