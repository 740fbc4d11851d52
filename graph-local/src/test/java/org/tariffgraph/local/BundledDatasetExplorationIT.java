package org.tariffgraph.local;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exploring the bundled dataset through the API, as an analyst does: the timeline between two countries, who
 * said what, filtered and sorted lists, search and the connections between entities, with the answers the facts
 * give. The same graph as {@link BundledDatasetQuestionsIT}'s, so Spring starts it once for both.
 */
@MainJobGraphTest(referenceData = false)
class BundledDatasetExplorationIT {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void theTimelineBetweenTheUsAndChinaIsInDateOrderWithAmendmentsLinked() {
		var response = this.graphQl.documentName("timeline").variable("importer", "US").variable("origin", "CN").execute();
		List<String> dates = response.path("timeline[*].inForceFrom").entityList(String.class).get();
		assertThat(dates).isSorted();
		response.path("timeline[?(@.id == 'us-eo-14228')].amends.id").entityList(String.class).containsExactly("us-eo-14195");
		response.path("timeline[?(@.id == 'us-eo-14266')].amendedBy[*].id").entityList(String.class)
			.containsExactly("us-eo-14298");
		response.path("timeline[*].id").entityList(String.class).doesNotContain("cn-tc-2025-no6");
		this.graphQl.documentName("timeline")
			.variable("importer", "US")
			.variable("origin", "CN")
			.variable("from", "2025-04-10")
			.variable("to", "2025-04-10")
			.execute()
			.path("timeline[*].id")
			.entityList(String.class)
			.contains("us-eo-14266", "us-eo-14228")
			.doesNotContain("us-eo-14195", "us-eo-14298");
	}

	@Test
	void whoSaidWhatWithTheSpeakersRoleOnTheDay() {
		var response = this.graphQl.documentName("statementsBySpeaker")
			.variable("filter", Map.of("speaker", "official:howard-lutnick"))
			.execute();
		response.path("statements.totalCount").entity(Integer.class).isEqualTo(2);
		assertThat(response.path("statements.edges[*].node.speakerRole.title").entityList(String.class).get())
			.containsOnly("Secretary of Commerce");
		response.path("statements.edges[?(@.node.statementKind == 'quote')].node.text").entityList(String.class)
			.containsExactly("very close");

		var about = this.graphQl.documentName("statementsBySpeaker")
			.variable("filter", Map.of("about", "measure:us-eo-14266", "from", "2025-04-29", "to", "2025-04-30"))
			.execute();
		about.path("statements.edges[*].node.speaker.uid").entityList(String.class).contains("official:donald-trump");
		about.path("statements.edges[*].node.id").entityList(String.class)
			.contains("trump-defends-145-2025-04-30", "trump-deserves-it-quote-2025-04-30");
	}

	@Test
	void statementsPageWithCursors() {
		var first = this.graphQl.documentName("statementsBySpeaker").variable("first", 5).execute();
		first.path("statements.totalCount").entity(Integer.class).isEqualTo(14);
		first.path("statements.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("statements.pageInfo.endCursor").entity(String.class).get();
		List<String> page1 = first.path("statements.edges[*].node.id").entityList(String.class).get();
		var second = this.graphQl.documentName("statementsBySpeaker").variable("first", 5).variable("after", cursor).execute();
		second.path("statements.edges[*].node.id").entityList(String.class).hasSize(5)
			.satisfies(page2 -> assertThat(page2).doesNotContainAnyElementsOf(page1));
	}

	@Test
	void measuresFilterByDateBasisAndGoodsAndSortByRate() {
		var response = this.graphQl.documentName("measuresPage")
			.variable("filter", Map.of("imposedBy", "US", "appliesTo", "CN", "inForceOn", "2025-04-20",
					"legalBasis", "ieepa", "hsPrefix", "9503"))
			.variable("orderBy", "RATE_DESC")
			.execute();
		response.path("measures.edges[*].node.id").entityList(String.class)
			.containsExactly("us-eo-14266", "us-eo-14228", "us-eo-14257-baseline");
		response.path("measures.totalCount").entity(Integer.class).isEqualTo(3);
	}

	@Test
	void searchRanksAcrossKindsAndTakesAnyTextLiterally() {
		assertThat(this.graphQl.documentName("search")
			.variable("text", "very close")
			.execute()
			.path("search[*].entity.uid")
			.entityList(String.class)
			.get()
			.subList(0, 3)).contains("statement:lutnick-very-close-quote-2025-04-30", "event:us-deal-unnamed-country-2025-04");
		assertThat(this.graphQl.documentName("search")
			.variable("text", "fentanyl")
			.variable("kinds", List.of("TariffMeasure"))
			.execute()
			.path("search[*].entity.kind")
			.entityList(String.class)
			.get()).hasSizeGreaterThan(1).containsOnly("TariffMeasure");
		// Text that is not valid Lucene is searched for literally: no error, and the 145% statements found
		this.graphQl.documentName("search")
			.variable("text", "\"(145% AND [ ~ :")
			.execute()
			.errors()
			.verify()
			.path("search[*].entity.uid")
			.entityList(String.class)
			.contains("statement:trump-defends-145-2025-04-30");
		this.graphQl.documentName("search")
			.variable("text", "(unbalanced AND [")
			.variable("syntax", "LUCENE")
			.execute()
			.errors()
			.expect(e -> e.getErrorType().toString().equals("BAD_REQUEST") && e.getMessage().contains("Lucene"))
			.verify();
	}

	@Test
	void connectionsBetweenTwoEntitiesAreShortestPathsReadyToDraw() {
		var response = this.graphQl.documentName("connections")
			.variable("from", "official:howard-lutnick")
			.variable("to", "official:donald-trump")
			.execute();
		List<Integer> lengths = response.path("connections[*].length").entityList(Integer.class).get();
		assertThat(lengths).isNotEmpty().allSatisfy(l -> assertThat(l).isEqualTo(lengths.get(0)));
		response.path("connections[0].nodes[0].uid").entity(String.class).isEqualTo("official:howard-lutnick");
		response.path("connections[0].relationships[*].type").entityList(String.class).doesNotContain("SOURCED_BY");
	}

	@Test
	void everyRelationshipCanBeFollowedBothWays() {
		var response = this.graphQl.documentName("navigation").execute();
		response.path("good.parent.hsCode").entity(String.class).isEqualTo("95");
		response.path("good.industries[0].naicsCode").entity(String.class).isEqualTo("339930");
		response.path("good.industries[0].parent.naicsCode").entity(String.class).isEqualTo("33993");
		response.path("official.roles[0].title").entity(String.class).isEqualTo("Secretary of Commerce");
		response.path("official.roles[0].at.uid").entity(String.class).isEqualTo("country:US");
		response.path("official.roles[0].holder.id").entity(String.class).isEqualTo("howard-lutnick");
		response.path("organisation.affiliatedWith[*].id").entityList(String.class).contains("cctv");
		response.path("country.exemptionsGranted[*].id").entityList(String.class)
			.contains("cn-exemption-integrated-circuits-2025-04");
		response.path("country.measuresImposed[*].id").entityList(String.class).contains("cn-tc-2025-no6");
		response.path("entity.kind").entity(String.class).isEqualTo("Indicator");
		response.path("entity.affects[*].naicsCode").entityList(String.class).contains("484", "493", "4885", "44-45");
	}

}
