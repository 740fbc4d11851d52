package org.tariffgraph.api.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tariffgraph.api.tariff.Stacking.Candidate;
import org.tariffgraph.model.read.Exemption;
import org.tariffgraph.model.read.TariffMeasure;

import static org.assertj.core.api.Assertions.assertThat;

class StackingTest {

	private static TariffMeasure measure(String id, String layer, String rate, String from) {
		return new TariffMeasure("measure:" + id, id, id, "EO", "IEEPA", (rate == null) ? null : new BigDecimal(rate), null,
				layer, null, LocalDate.parse(from), null, true, "confirmed", null);
	}

	private static Exemption exemption(String id, String kind) {
		return new Exemption("exemption:" + id, id, id, kind, null, null, null, "reported", null);
	}

	private static Candidate candidate(TariffMeasure m, Set<String> amends, Exemption... exemptions) {
		return new Candidate(m, amends, List.of(exemptions), List.of());
	}

	@Test
	void theNewestMeasureOfALayerReplacesTheOthersAndLayersStack() {
		var layers = Stacking.layers(List.of(candidate(measure("baseline", "reciprocal", "10", "2025-04-05"), Set.of()),
				candidate(measure("eo-14266", "reciprocal", "125", "2025-04-10"), Set.of("eo-14259")),
				candidate(measure("eo-14228", "fentanyl", "20", "2025-03-04"), Set.of("eo-14195"))));
		assertThat(layers).extracting(l -> l.measure().id()).containsExactly("eo-14228", "eo-14266");
		assertThat(layers.get(1).superseded()).extracting(TariffMeasure::id).containsExactly("baseline");
		assertThat(Stacking.total(layers)).isEqualByComparingTo("145");
	}

	@Test
	void onTheSameDayTheAmendingMeasureWins() {
		var layers = Stacking.layers(List.of(candidate(measure("eo-14259", "reciprocal", "84", "2025-04-09"), Set.of("eo-14257")),
				candidate(measure("eo-14257", "reciprocal", "34", "2025-04-09"), Set.of())));
		assertThat(layers).singleElement().satisfies(l -> assertThat(l.measure().id()).isEqualTo("eo-14259"));
	}

	@Test
	void anExemptionThatTakesTheGoodOutRemovesTheLayerAndAnOffsetDoesNot() {
		var exempted = Stacking.layers(List.of(candidate(measure("no6", "cn", "125", "2025-04-12"), Set.of(),
				exemption("ic", "goods"))));
		assertThat(exempted.get(0).applies()).isFalse();
		assertThat(Stacking.total(exempted)).isEqualByComparingTo("0");
		var offset = Stacking.layers(List.of(candidate(measure("parts", "auto-parts", "25", "2025-05-03"), Set.of(),
				exemption("offset", "offset"))));
		assertThat(offset.get(0).applies()).isTrue();
		assertThat(offset.get(0).exemptedBy()).isEmpty();
		assertThat(Stacking.total(offset)).isEqualByComparingTo("25");
	}

	@Test
	void aLayerWithoutARateAddsNothing() {
		var layers = Stacking.layers(List.of(candidate(measure("de-minimis", "de-minimis", null, "2025-05-02"), Set.of()),
				candidate(measure("eo-14298", "reciprocal", "10", "2025-05-14"), Set.of())));
		assertThat(layers).hasSize(2);
		assertThat(Stacking.total(layers)).isEqualByComparingTo("10");
	}

}
