package org.tariffgraph.api.paging;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FiltersTest {

	private static final Filters GOODS = Filters.of("MATCH (g:Good)", "prefix", "g.hsCode STARTS WITH $prefix", "level",
			"g.level = $level");

	private static Map<String, Object> params(Object prefix, Object level) {
		Map<String, Object> params = new HashMap<>();
		params.put("prefix", prefix);
		params.put("level", level);
		return params;
	}

	@Test
	void anUnfilteredListHasNoConditionToReadForEachNode() {
		assertThat(GOODS.match(params(null, null))).isEqualTo("MATCH (g:Good)");
	}

	@Test
	void theQueryHasTheConditionsOfTheFiltersGivenInTheirDeclaredOrder() {
		assertThat(GOODS.match(params(null, 6))).isEqualTo("MATCH (g:Good)\nWHERE g.level = $level");
		assertThat(GOODS.match(params("85", 6)))
			.isEqualTo("MATCH (g:Good)\nWHERE g.hsCode STARTS WITH $prefix\n  AND g.level = $level");
	}

	@Test
	void aListSortedByAnIndexedKeySaysTheKeyIsThereWhateverTheFilters() {
		Filters sorted = GOODS.sortedByIndexed("g.hsCode");
		assertThat(sorted.match(params(null, null))).isEqualTo("MATCH (g:Good)\nWHERE g.hsCode IS NOT NULL");
		assertThat(sorted.match(params(null, 6))).isEqualTo("MATCH (g:Good)\nWHERE g.hsCode IS NOT NULL\n  AND g.level = $level");
	}

	@Test
	void anEmptyTextIsAFilterGiven() {
		assertThat(GOODS.match(params("", null))).contains("$prefix");
	}

	@Test
	void conditionsComeInPairs() {
		assertThatIllegalArgumentException().isThrownBy(() -> Filters.of("MATCH (g:Good)", "prefix"));
	}

}
