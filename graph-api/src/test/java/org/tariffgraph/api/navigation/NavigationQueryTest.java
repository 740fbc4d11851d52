package org.tariffgraph.api.navigation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each navigation query orders what it finds oldest first, reading only the dates its target kind has. */
class NavigationQueryTest {

	private static String query(String type, String field) {
		Hop hop = Hops.ALL.stream()
			.filter(h -> h.from().label().equals(type) && h.field().equals(field))
			.findFirst()
			.orElseThrow();
		return NavigationWiring.query(hop, Shape.reached(hop, List.of(), Map.of()));
	}

	@Test
	void goodsHaveNoDateAndAreOrderedByUid() {
		assertThat(query("TariffMeasure", "goods")).contains("MATCH (a:`Entity`)-[:`COVERS`]->(b:`Good`)")
			.endsWith("ORDER BY b.uid ASC");
	}

	@Test
	void measuresAreOrderedByTheDayTheyTookEffect() {
		assertThat(query("Country", "measuresImposed")).endsWith("ORDER BY b.inForceFrom ASC, b.uid ASC");
	}

	@Test
	void aHopToAnyKindOrdersByWhicheverDateTheTargetHas() {
		assertThat(query("Statement", "about"))
			.endsWith("ORDER BY coalesce(b.from, b.inForceFrom, b.date, b.published) ASC, b.uid ASC");
	}

}
