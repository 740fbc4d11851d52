package org.tariffgraph.api.paging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderTest {

	private final Order earliestFirst = Order.indexed("m.inForceFrom", "m.id");

	@Test
	void anUnfilteredPageIsReadFromTheIndexAndAFilteredOneSorted() {
		assertThat(this.earliestFirst.forPage(false)).isSameAs(this.earliestFirst);
		assertThat(this.earliestFirst.forPage(true)).as("a filtered page").isEqualTo(Order.sorted("m.inForceFrom, m.id"));
		assertThat(Order.sorted("m.id").forPage(false)).isEqualTo(Order.sorted("m.id"));
	}

	@Test
	void theUnkeyedNodesAreReadAfterTheKeyedOnesAndOnlyWhereThePageIsNotFull() {
		String page = this.earliestFirst.page("MATCH (m:TariffMeasure)", "m");
		assertThat(page.indexOf("m.inForceFrom IS NOT NULL AND m.id IS NOT NULL")).as("keyed part, both properties of the index")
			.isGreaterThan(0)
			.isLessThan(page.indexOf("m.inForceFrom IS NULL"));
		assertThat(page).contains("WHERE size(keyed) < $offset + $limit").contains("ORDER BY m.inForceFrom, m.id LIMIT");
	}

}
