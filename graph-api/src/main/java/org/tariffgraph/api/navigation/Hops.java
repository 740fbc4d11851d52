package org.tariffgraph.api.navigation;

import java.util.ArrayList;
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

	/** The same, by type name and field name. */
	static final Map<String, Map<String, Hop>> BY_TYPE;

	static {
		List<Hop> hops = new ArrayList<>(List.of(
				in("Country", "measuresImposed", IMPOSED_BY, MEASURE),
				in("Country", "measuresApplying", APPLIES_TO, MEASURE),
				in("Country", "exemptionsGranted", GRANTED_BY, EXEMPTION),
				in("Country", "officials", BASED_IN, OFFICIAL),
				in("Country", "organisations", BASED_IN, ORGANISATION),
				in("Country", "roles", ROLE_AT, ROLE),
				in("Country", "statementsAbout", ABOUT, STATEMENT),
				in("Country", "events", INVOLVES, EVENT),
				in("Country", "indicators", MEASURED_FOR, INDICATOR),

				out("Official", "roles", HOLDS, ROLE),
				outOne("Official", "country", BASED_IN, COUNTRY),
				in("Official", "statements", SAID_BY, STATEMENT),
				in("Official", "statementsAbout", ABOUT, STATEMENT),
				in("Official", "events", INVOLVES, EVENT),
				in("Official", "exemptionsGranted", GRANTED_BY, EXEMPTION),

				outOne("Organisation", "country", BASED_IN, COUNTRY),
				out("Organisation", "affiliatedWith", AFFILIATED_WITH, ORGANISATION),
				in("Organisation", "affiliates", AFFILIATED_WITH, ORGANISATION),
				in("Organisation", "roles", ROLE_AT, ROLE),
				in("Organisation", "statements", SAID_BY, STATEMENT),
				in("Organisation", "statementsAbout", ABOUT, STATEMENT),
				in("Organisation", "events", INVOLVES, EVENT),
				in("Organisation", "exemptionsGranted", GRANTED_BY, EXEMPTION),

				inOne("Role", "holder", HOLDS, OFFICIAL),
				outOne("Role", "at", ROLE_AT, null),

				outOne("TariffMeasure", "imposedBy", IMPOSED_BY, COUNTRY),
				out("TariffMeasure", "appliesTo", APPLIES_TO, COUNTRY),
				out("TariffMeasure", "goods", COVERS, GOOD),
				outOne("TariffMeasure", "amends", AMENDS, MEASURE),
				in("TariffMeasure", "amendedBy", AMENDS, MEASURE),
				in("TariffMeasure", "exemptions", EXEMPTS_FROM, EXEMPTION),
				in("TariffMeasure", "statements", ABOUT, STATEMENT),
				in("TariffMeasure", "events", ABOUT, EVENT),

				out("Exemption", "exemptsFrom", EXEMPTS_FROM, MEASURE),
				out("Exemption", "whenSubjectTo", WHEN_SUBJECT_TO, MEASURE),
				out("Exemption", "goods", COVERS, GOOD),
				out("Exemption", "industries", AFFECTS, INDUSTRY),
				outOne("Exemption", "grantedBy", GRANTED_BY, null),
				in("Exemption", "statements", ABOUT, STATEMENT),

				outOne("Good", "parent", PART_OF, GOOD),
				in("Good", "children", PART_OF, GOOD),
				out("Good", "industries", MADE_BY, INDUSTRY),
				in("Good", "measures", COVERS, MEASURE),
				in("Good", "exemptions", COVERS, EXEMPTION),
				in("Good", "statements", ABOUT, STATEMENT),

				outOne("Industry", "parent", PART_OF, INDUSTRY),
				in("Industry", "children", PART_OF, INDUSTRY),
				in("Industry", "goods", MADE_BY, GOOD),
				in("Industry", "exemptions", AFFECTS, EXEMPTION),
				in("Industry", "indicators", AFFECTS, INDICATOR),
				in("Industry", "statements", ABOUT, STATEMENT),

				outOne("Statement", "speaker", SAID_BY, null),
				out("Statement", "about", ABOUT, null),

				out("Event", "participants", INVOLVES, null),
				out("Event", "about", ABOUT, null),
				in("Event", "statements", ABOUT, STATEMENT),

				outOne("Indicator", "country", MEASURED_FOR, COUNTRY),
				out("Indicator", "affects", AFFECTS, INDUSTRY)));
		for (EntityKind kind : EntityKind.values()) {
			if (kind != SOURCE) {
				hops.add(out(kind.label(), "sources", SOURCED_BY, SOURCE));
			}
		}
		ALL = List.copyOf(hops);
		BY_TYPE = ALL.stream().collect(Collectors.groupingBy(Hop::type, Collectors.toMap(Hop::field, hop -> hop)));
	}

	private Hops() {
	}

}
