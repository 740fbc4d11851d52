package org.tariffgraph.local;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search over the graph the main job starts with, where tens of thousands of goods and industries compete with a
 * few dozen measures and exemptions: words are found by their stem, and the hits can be seen kind by kind.
 */
@MainJobGraphTest
class SearchIT {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void aWordFindsEntitiesThatUseItsPluralOrOtherForms() {
		List<String> uids = this.graphQl.document("""
				{ search(text: "semiconductor", kinds: ["TariffMeasure"], first: 10) { entity { uid } } }""")
			.execute()
			.path("search[*].entity.uid").entityList(String.class).get();
		assertThat(uids).as("measures whose titles say 'semiconductors'")
			.contains("measure:us-232-semiconductors", "measure:us-s301-review-2025-50");
	}

	@Test
	void searchByKindShowsTheExemptionsAndMeasuresThatGoodsWouldCrowdOut() {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> kinds = this.graphQl.document("""
				{ searchByKind(text: "semiconductor", firstPerKind: 3) { kind count hits { score entity { uid } } } }""")
			.execute()
			.path("searchByKind").entityList(Map.class).get().stream().map(m -> (Map<String, Object>) m).toList();
		assertThat(kinds).extracting(k -> k.get("kind"))
			.as("kinds with a match, each once")
			.contains("Good", "Industry", "TariffMeasure", "Exemption")
			.doesNotHaveDuplicates();
		for (var kind : kinds) {
			@SuppressWarnings("unchecked")
			var hits = (List<Map<String, Object>>) kind.get("hits");
			assertThat(hits).as("best hits of %s", kind.get("kind")).isNotEmpty().hasSizeLessThanOrEqualTo(3);
			assertThat((Integer) kind.get("count")).as("count of %s", kind.get("kind")).isGreaterThanOrEqualTo(hits.size());
		}
		var exemptions = kinds.stream().filter(k -> "Exemption".equals(k.get("kind"))).findFirst().orElseThrow();
		assertThat(exemptions.get("hits").toString()).as("the exemptions whose descriptions name semiconductors")
			.contains("exemption:cn-exemption-wsj-list-2025-04");
	}

	@Test
	void searchByKindRefusesAPageSizeOutsideItsLimits() {
		this.graphQl.document("{ searchByKind(text: \"steel\", firstPerKind: 11) { kind } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("firstPerKind must be between 1 and 10")));
	}

}
