package org.tariffgraph.api.paging;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FiltersTest {

	private static final Filters GOODS = Filters.sortedBy("g.hsCode", "MATCH (g:Good)", "prefix",
			"g.hsCode STARTS WITH $prefix", "level", "g.level = $level");

	private static Map<String, Object> params(Object prefix, Object level) {
		Map<String, Object> params = new HashMap<>();
		params.put("prefix", prefix);
		params.put("level", level);
		return params;
	}

	@Test
	void anUnfilteredListSaysOnlyThatTheKeyIsThereSoThatItsIndexGivesTheOrder() {
		assertThat(GOODS.match(params(null, null))).isEqualTo("MATCH (g:Good)\nWHERE g.hsCode IS NOT NULL");
		assertThat(GOODS.order()).isEqualTo(Order.sorted("g.hsCode"));
	}

	@Test
	void theQueryHasTheConditionsOfTheFiltersGivenInTheirDeclaredOrder() {
		assertThat(GOODS.match(params(null, 6))).isEqualTo("MATCH (g:Good)\nWHERE g.hsCode IS NOT NULL\n  AND g.level = $level");
		assertThat(GOODS.match(params("85", 6))).isEqualTo(
				"MATCH (g:Good)\nWHERE g.hsCode IS NOT NULL\n  AND g.hsCode STARTS WITH $prefix\n  AND g.level = $level");
	}

	@Test
	void anEmptyTextIsAFilterGiven() {
		assertThat(GOODS.match(params("", null))).contains("$prefix");
	}

	@Test
	void conditionsComeInPairs() {
		assertThatIllegalArgumentException().isThrownBy(() -> Filters.sortedBy("g.hsCode", "MATCH (g:Good)", "prefix"));
	}

}
