package org.tariffgraph.model.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tariffgraph.model.EntityKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ListedOrder#sortListed} gives the order of {@link ListedOrder#listed}, whether it sorts goods' codes as numbers
 * or falls back to comparing the uids.
 */
class EntitiesOrderTest {

	private static Good good(String code) {
		return new Good(EntityKind.GOOD.uid(code), code, code.length(), null, null, null, false);
	}

	/** Codes of 1 to 10 digits, many the beginning of others or the same but for trailing zeros, some twice. */
	private static List<GraphEntity> goods(Random random, int n) {
		List<GraphEntity> goods = new ArrayList<>();
		while (goods.size() < n) {
			StringBuilder code = new StringBuilder();
			int length = 1 + random.nextInt(10);
			for (int i = 0; i < length; i++) {
				code.append((char) ('0' + ((random.nextInt(3) == 0) ? 0 : random.nextInt(10))));
			}
			goods.add(good(code.toString()));
			goods.add(good(code.substring(0, 1 + random.nextInt(length))));
			if (random.nextInt(5) == 0) {
				goods.add(good(code.toString()));
			}
		}
		return goods;
	}

	private static List<String> uids(List<GraphEntity> entities) {
		return entities.stream().map(GraphEntity::uid).toList();
	}

	@Test
	void goodsSortedByTheirCodesAsNumbersAreInTheOrderOfTheirUids() {
		Random random = new Random(42);
		for (int round = 0; round < 200; round++) {
			List<GraphEntity> goods = goods(random, 2 + random.nextInt(300));
			List<GraphEntity> expected = new ArrayList<>(goods);
			expected.sort(ListedOrder.listed(EntityKind.GOOD));
			ListedOrder.sortListed(goods, EntityKind.GOOD);
			assertThat(uids(goods)).as("goods in uid order, round %d", round).containsExactlyElementsOf(uids(expected));
		}
	}

	@Test
	void listsThatAreNotAllCodesOfDigitsAreSortedByTheirUids() {
		List<GraphEntity> industries = new ArrayList<>(List.of(new Industry(EntityKind.INDUSTRY.uid("31-33"), "31-33", 2, "Manufacturing"),
				new Industry(EntityKind.INDUSTRY.uid("3344"), "3344", 4, null), new Industry(EntityKind.INDUSTRY.uid("311"), "311", 3, null)));
		ListedOrder.sortListed(industries, EntityKind.INDUSTRY);
		assertThat(uids(industries)).containsExactly("industry:31-33", "industry:311", "industry:3344");
		List<GraphEntity> tooLong = new ArrayList<>(List.of(good("12345678901"), good("9"), good("1234567890")));
		ListedOrder.sortListed(tooLong, EntityKind.GOOD);
		assertThat(uids(tooLong)).containsExactly("good:1234567890", "good:12345678901", "good:9");
	}

}
