package org.tariffgraph.api;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;
import org.tariffgraph.model.testing.TestNeo4j;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Earliest first, unfiltered, is read from the index on {@code (inForceFrom, id)}, which holds no measure without a
 * date; latest first and filtered lists are sorted. Every way must give the order {@code ORDER BY} gives, measures
 * without a date included, whatever the page size.
 */
@ApiTest(fixture = "measures-by-date")
class MeasureOrderIT {

	private static final String PAGE = """
			query ($order: MeasureOrder, $layer: String, $first: Int, $after: String) {
			  measures(orderBy: $order, filter: { layer: $layer }, first: $first, after: $after) {
			    totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }""";

	@Autowired
	GraphQlTester graphQl;

	/** Every id the API lists in {@code order}, walking pages of {@code size} by their cursors. */
	private List<String> walk(String order, String layer, int size) {
		List<String> ids = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var response = this.graphQl.document(PAGE)
				.variable("order", order)
				.variable("layer", layer)
				.variable("first", size)
				.variable("after", after)
				.execute();
			List<String> page = response.path("measures.edges[*].node.id").entityList(String.class).get();
			assertThat(page).as("page %d of %s in pages of %d", ids.size() / size + 1, order, size)
				.hasSizeLessThanOrEqualTo(size);
			ids.addAll(page);
			more = response.path("measures.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("measures.pageInfo.endCursor").entity(String.class).get();
		}
		return ids;
	}

	/** What ORDER BY gives, asked of the database directly. */
	private static List<String> orderBy(String orderBy, String layer) {
		try (var session = TestNeo4j.driver().session()) {
			return session
				.run("MATCH (m:TariffMeasure) WHERE $layer IS NULL OR m.layer = $layer RETURN m.id AS id ORDER BY "
						+ orderBy, Values.parameters("layer", layer))
				.list(row -> row.get("id").asString());
		}
	}

	@Test
	void earliestFirstPutsMeasuresWithoutADateLastAndLatestFirstPutsThemFirst() {
		// by hand from the fixture: ties by id, undated m03, m05, m08 by id
		List<String> ascending = List.of("m02", "m07", "m06", "m01", "m04", "m03", "m05", "m08");
		List<String> descending = List.of("m03", "m05", "m08", "m01", "m04", "m06", "m02", "m07");
		assertThat(orderBy("m.inForceFrom, m.id", null)).as("ORDER BY ascending").isEqualTo(ascending);
		assertThat(orderBy("m.inForceFrom DESC, m.id", null)).as("ORDER BY descending").isEqualTo(descending);
		assertThat(walk("IN_FORCE_FROM_ASC", null, 20)).as("earliest first").isEqualTo(ascending);
		assertThat(walk("IN_FORCE_FROM_DESC", null, 20)).as("latest first").isEqualTo(descending);
	}

	@Test
	void everyPageSizeWalksTheSameOrderWithoutGapsOrRepeats() {
		for (String layer : new String[] { null, "a" }) {
			List<String> ascending = orderBy("m.inForceFrom, m.id", layer);
			List<String> descending = orderBy("m.inForceFrom DESC, m.id", layer);
			for (int size = 1; size <= ascending.size() + 1; size++) {
				assertThat(walk("IN_FORCE_FROM_ASC", layer, size)).as("ascending, layer %s, pages of %d", layer, size)
					.isEqualTo(ascending);
				assertThat(walk("IN_FORCE_FROM_DESC", layer, size)).as("descending, layer %s, pages of %d", layer, size)
					.isEqualTo(descending);
			}
		}
	}

	@Test
	void theCountIsOfEveryMatchWhateverThePage() {
		this.graphQl.document(PAGE).variable("order", "IN_FORCE_FROM_DESC").variable("first", 2).variable("layer", "a")
			.execute()
			.path("measures.totalCount").entity(Integer.class).isEqualTo(5)
			.path("measures.edges[*].node.id").entityList(String.class).containsExactly("m03", "m08");
	}

}
