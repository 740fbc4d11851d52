package org.tariffgraph.api;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class LookupIT {

	@Autowired
	GraphQlTester graphQl;

	@BeforeEach
	void fixture() {
		Fixtures.load("small-graph");
	}

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
		response.path("measure.rate").entity(java.math.BigDecimal.class)
			.satisfies(rate -> assertThat(rate).isEqualByComparingTo("125"));
		response.path("measure.inForceFrom").entity(String.class).isEqualTo("2025-04-10");
		response.path("measure.imposedBy.iso2").entity(String.class).isEqualTo("US");
		response.path("measure.sources[*].id").entityList(String.class).containsExactly("fr-90-15625", "seed");
		response.path("measure.sources[0].document").entity(String.class).isEqualTo("90 FR 15625");
	}

}
