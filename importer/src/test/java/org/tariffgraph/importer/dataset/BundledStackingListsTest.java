package org.tariffgraph.importer.dataset;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.tariffgraph.model.EntityKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled dataset's stacking rules name measures one by one: "goods subject to Section 232 are outside the
 * reciprocal tariff" lists every measure of every Section 232 layer, and each new Section 232 measure has to be added
 * to five such lists. A list that names measures of more than two layers is meant to name every duty of those layers,
 * so this test says which one a new measure was left out of. (Lists of one or two layers name what one instrument
 * imposes, like the auto tariffs of Proclamation 10908, not a whole layer.) A measure at 0% (Annex II of the 2026
 * metals regime, which takes lines out of the metal tariffs) is not a duty and is not named.
 */
class BundledStackingListsTest {

	@Test
	void aListOfMeasuresOfManyLayersNamesEveryDutyOfThoseLayers() {
		Dataset dataset = Objects.requireNonNull(BundledDataset.read(50).dataset());
		Map<String, String> layerOf = new HashMap<>();
		Map<String, Set<String>> dutiesByLayer = new HashMap<>();
		dataset.rowsByTable().forEach((table, rows) -> rows.stream().filter(row -> row.kind() == EntityKind.MEASURE)
			.forEach(measure -> {
				String layer = (String) measure.props().get("layer");
				layerOf.put(measure.uid(), layer);
				Object rate = measure.props().get("rate");
				if (rate == null || new BigDecimal(rate.toString()).signum() != 0) {
					dutiesByLayer.computeIfAbsent(layer, k -> new TreeSet<>()).add(measure.uid());
				}
			}));
		int checked = 0;
		for (var rows : dataset.rowsByTable().values()) {
			for (Row row : rows.stream().filter(row -> row.kind() == EntityKind.EXEMPTION).toList()) {
				for (Row.Link link : row.links()) {
					Set<String> named = new TreeSet<>();
					link.targets().forEach(target -> named.add(target.uid()));
					Set<String> layers = new TreeSet<>();
					named.forEach(uid -> {
						if (layerOf.containsKey(uid)) {
							layers.add(layerOf.get(uid));
						}
					});
					if (layers.size() > 2) {
						Set<String> duties = new TreeSet<>();
						layers.forEach(layer -> duties.addAll(dutiesByLayer.get(layer)));
						assertThat(named).as("%s %s: every duty of %s", row.uid(), link.column().name(), layers)
							.containsAll(duties);
						checked++;
					}
				}
			}
		}
		assertThat(checked).as("the no-stacking lists of the bundled dataset").isEqualTo(5);
	}

}
