package org.tariffgraph.api.navigation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.tariffgraph.model.EntityKind;

import static org.tariffgraph.api.navigation.Hop.in;
import static org.tariffgraph.api.navigation.Hop.inOne;
import static org.tariffgraph.api.navigation.Hop.out;
import static org.tariffgraph.api.navigation.Hop.outOne;
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
import static org.tariffgraph.model.RelationshipType.ABOUT;
import static org.tariffgraph.model.RelationshipType.AFFECTS;
import static org.tariffgraph.model.RelationshipType.AFFILIATED_WITH;
import static org.tariffgraph.model.RelationshipType.AMENDS;
import static org.tariffgraph.model.RelationshipType.APPLIES_TO;
import static org.tariffgraph.model.RelationshipType.BASED_IN;
import static org.tariffgraph.model.RelationshipType.COVERS;
import static org.tariffgraph.model.RelationshipType.EXEMPTS_FROM;
import static org.tariffgraph.model.RelationshipType.WHEN_SUBJECT_TO;
import static org.tariffgraph.model.RelationshipType.GRANTED_BY;
import static org.tariffgraph.model.RelationshipType.HOLDS;
import static org.tariffgraph.model.RelationshipType.IMPOSED_BY;
import static org.tariffgraph.model.RelationshipType.INVOLVES;
import static org.tariffgraph.model.RelationshipType.MADE_BY;
import static org.tariffgraph.model.RelationshipType.MEASURED_FOR;
import static org.tariffgraph.model.RelationshipType.PART_OF;
import static org.tariffgraph.model.RelationshipType.ROLE_AT;
import static org.tariffgraph.model.RelationshipType.SAID_BY;
import static org.tariffgraph.model.RelationshipType.SOURCED_BY;

/** Every navigation field of the schema, each along a relationship of the catalogue ({@code HopsCatalogueTest}). */
final class Hops {

	static final List<Hop> ALL;

	/** The same, by the kind of entity they start from (whose label is the GraphQL type's name) and field name. */
	static final Map<EntityKind, Map<String, Hop>> BY_KIND;

	static {
		List<Hop> hops = new ArrayList<>(List.of(
				in(COUNTRY, "measuresImposed", IMPOSED_BY, MEASURE),
				in(COUNTRY, "measuresApplying", APPLIES_TO, MEASURE),
				in(COUNTRY, "exemptionsGranted", GRANTED_BY, EXEMPTION),
				in(COUNTRY, "officials", BASED_IN, OFFICIAL),
				in(COUNTRY, "organisations", BASED_IN, ORGANISATION),
				in(COUNTRY, "roles", ROLE_AT, ROLE),
				in(COUNTRY, "statementsAbout", ABOUT, STATEMENT),
				in(COUNTRY, "events", INVOLVES, EVENT),
				in(COUNTRY, "indicators", MEASURED_FOR, INDICATOR),

				out(OFFICIAL, "roles", HOLDS, ROLE),
				outOne(OFFICIAL, "country", BASED_IN, COUNTRY),
				in(OFFICIAL, "statements", SAID_BY, STATEMENT),
				in(OFFICIAL, "statementsAbout", ABOUT, STATEMENT),
				in(OFFICIAL, "events", INVOLVES, EVENT),
				in(OFFICIAL, "exemptionsGranted", GRANTED_BY, EXEMPTION),

				outOne(ORGANISATION, "country", BASED_IN, COUNTRY),
				out(ORGANISATION, "affiliatedWith", AFFILIATED_WITH, ORGANISATION),
				in(ORGANISATION, "affiliates", AFFILIATED_WITH, ORGANISATION),
				in(ORGANISATION, "roles", ROLE_AT, ROLE),
				in(ORGANISATION, "statements", SAID_BY, STATEMENT),
				in(ORGANISATION, "statementsAbout", ABOUT, STATEMENT),
				in(ORGANISATION, "events", INVOLVES, EVENT),
				in(ORGANISATION, "exemptionsGranted", GRANTED_BY, EXEMPTION),

				inOne(ROLE, "holder", HOLDS, OFFICIAL),
				outOne(ROLE, "at", ROLE_AT, null),

				outOne(MEASURE, "imposedBy", IMPOSED_BY, COUNTRY),
				out(MEASURE, "appliesTo", APPLIES_TO, COUNTRY),
				out(MEASURE, "goods", COVERS, GOOD),
				outOne(MEASURE, "amends", AMENDS, MEASURE),
				in(MEASURE, "amendedBy", AMENDS, MEASURE),
				in(MEASURE, "exemptions", EXEMPTS_FROM, EXEMPTION),
				in(MEASURE, "statements", ABOUT, STATEMENT),
				in(MEASURE, "events", ABOUT, EVENT),

				out(EXEMPTION, "exemptsFrom", EXEMPTS_FROM, MEASURE),
				out(EXEMPTION, "whenSubjectTo", WHEN_SUBJECT_TO, MEASURE),
				out(EXEMPTION, "goods", COVERS, GOOD),
				out(EXEMPTION, "industries", AFFECTS, INDUSTRY),
				outOne(EXEMPTION, "grantedBy", GRANTED_BY, null),
				in(EXEMPTION, "statements", ABOUT, STATEMENT),

				outOne(GOOD, "parent", PART_OF, GOOD),
				in(GOOD, "children", PART_OF, GOOD),
				out(GOOD, "industries", MADE_BY, INDUSTRY),
				in(GOOD, "measures", COVERS, MEASURE),
				in(GOOD, "exemptions", COVERS, EXEMPTION),
				in(GOOD, "statements", ABOUT, STATEMENT),

				outOne(INDUSTRY, "parent", PART_OF, INDUSTRY),
				in(INDUSTRY, "children", PART_OF, INDUSTRY),
				in(INDUSTRY, "goods", MADE_BY, GOOD),
				in(INDUSTRY, "exemptions", AFFECTS, EXEMPTION),
				in(INDUSTRY, "indicators", AFFECTS, INDICATOR),
				in(INDUSTRY, "statements", ABOUT, STATEMENT),

				outOne(STATEMENT, "speaker", SAID_BY, null),
				out(STATEMENT, "about", ABOUT, null),

				out(EVENT, "participants", INVOLVES, null),
				out(EVENT, "about", ABOUT, null),
				in(EVENT, "statements", ABOUT, STATEMENT),

				outOne(INDICATOR, "country", MEASURED_FOR, COUNTRY),
				out(INDICATOR, "affects", AFFECTS, INDUSTRY)));
		for (EntityKind kind : EntityKind.values()) {
			if (kind != SOURCE) {
				hops.add(out(kind, "sources", SOURCED_BY, SOURCE));
			}
		}
		ALL = List.copyOf(hops);
		BY_KIND = ALL.stream()
			.collect(Collectors.groupingBy(Hop::from, () -> new EnumMap<>(EntityKind.class),
					Collectors.toMap(Hop::field, hop -> hop)));
	}

	private Hops() {
	}

}
