package org.tariffgraph.api;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest(fixture = "small-graph")
class LookupIT {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void aCountryIsFoundByEitherIsoCodeInAnyCase() {
		for (String code : List.of("CN", "chn")) {
			this.graphQl.documentName("countryByCode")
				.variable("code", code)
				.execute()
				.path("country.name").entity(String.class).isEqualTo("China")
				.path("country.aliases").entityList(String.class).containsExactly("PRC");
		}
		this.graphQl.documentName("countryByCode").variable("code", "XX").execute().path("country").valueIsNull();
	}

	@Test
	void aMeasureComesWithItsCountryAndSourcesAsDatesAndDecimals() {
		var response = this.graphQl.documentName("measureWithSources").variable("id", "us-eo-14266").execute();
		response.path("measure.rate").entity(BigDecimal.class)
			.satisfies(rate -> assertThat(rate).isEqualByComparingTo("125"));
		response.path("measure.inForceFrom").entity(String.class).isEqualTo("2025-04-10");
		response.path("measure.imposedBy.iso2").entity(String.class).isEqualTo("US");
		response.path("measure.sources[*].id").entityList(String.class).containsExactly("fr-90-15625", "seed");
		response.path("measure.sources[0].document").entity(String.class).isEqualTo("90 FR 15625");
	}

	@Test
	void everyKindWithAKeyIsFoundByItAndListedInItsOrder() {
		Fixtures.add("people-and-events");
		var response = this.graphQl.document("""
				{ official(id: "a") { name } organisation(id: "y") { name } event(id: "late") { name date }
				  indicator(id: "i1") { name value } source(id: "seed") { id }
				  officials { id } organisations { id } events { id } indicators { id } }""").execute();
		response.path("official.name").entity(String.class).isEqualTo("Al Official")
			.path("organisation.name").entity(String.class).isEqualTo("Why Ministry")
			.path("event.date").entity(String.class).isEqualTo("2025-05-10")
			.path("indicator.name").entity(String.class).isEqualTo("Exports")
			.path("source.id").entity(String.class).isEqualTo("seed")
			.path("officials[*].id").entityList(String.class).containsExactly("a", "b")
			.path("organisations[*].id").entityList(String.class).containsExactly("y", "z")
			.path("events[*].id").entityList(String.class).containsExactly("early", "late")
			.path("indicators[*].id").entityList(String.class).containsExactly("i1", "i2");
	}

	@Test
	void anUnknownKeyFindsNothingRatherThanAnError() {
		this.graphQl.document("{ official(id: \"nobody\") { name } event(id: \"never\") { name } source(id: \"none\") { id } }")
			.execute()
			.errors().verify()
			.path("official").valueIsNull()
			.path("event").valueIsNull()
			.path("source").valueIsNull();
	}

}
