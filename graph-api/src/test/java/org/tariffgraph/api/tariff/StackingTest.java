package org.tariffgraph.api.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tariffgraph.api.tariff.Stacking.Candidate;
import org.tariffgraph.model.read.Exemption;
import org.tariffgraph.model.read.TariffMeasure;

import static org.assertj.core.api.Assertions.assertThat;

class StackingTest {

	private static TariffMeasure measure(String id, String layer, String rate, String from) {
		return new TariffMeasure("measure:" + id, id, id, "EO", "IEEPA", (rate == null) ? null : new BigDecimal(rate), null,
				layer, null, LocalDate.parse(from), null, true, "confirmed", null, null, null, null);
	}

	private static Exemption exemption(String id, String kind) {
		return new Exemption("exemption:" + id, id, id, kind, null, null, null, "reported", null, null);
	}

	private static final LocalDate DAY = LocalDate.parse("2025-06-01");

	/** The exemptions that name the good, by the id of the measure they exempt from. */
	private final Map<String, List<Stacking.Relief>> naming = new HashMap<>();

	private Candidate candidate(TariffMeasure m, Set<String> amends, Exemption... exemptions) {
		this.naming.put(m.id(), Arrays.stream(exemptions).map(e -> new Stacking.Relief(e, List.of())).toList());
		return new Candidate(m, List.copyOf(amends), List.of(), 6);
	}

	/** A candidate whose product list names the good by a code of {@code listedAt} digits. */
	private static Candidate listed(TariffMeasure m, int listedAt) {
		return new Candidate(m, List.of(), List.of(), listedAt);
	}

	/** The layers, each winner relieved by the exemptions its candidate was given. */
	private List<Stacking.TariffLayer> layers(List<Candidate> candidates) {
		return Stacking.layers(DAY, candidates,
				(winner, deciding) -> this.naming.getOrDefault(winner.measure().id(), List.of()));
	}

	@Test
	void theNewestMeasureOfALayerReplacesTheOthersAndLayersStack() {
		var layers = layers(List.of(candidate(measure("baseline", "reciprocal", "10", "2025-04-05"), Set.of()),
				candidate(measure("eo-14266", "reciprocal", "125", "2025-04-10"), Set.of("eo-14259")),
				candidate(measure("eo-14228", "fentanyl", "20", "2025-03-04"), Set.of("eo-14195"))));
		assertThat(layers).extracting(l -> l.measure().id()).containsExactly("eo-14228", "eo-14266");
		assertThat(layers.get(1).superseded()).extracting(TariffMeasure::id).containsExactly("baseline");
		assertThat(Stacking.total(layers)).isEqualByComparingTo("145");
	}

	@Test
	void onTheSameDayTheAmendingMeasureWins() {
		var layers = layers(List.of(candidate(measure("eo-14259", "reciprocal", "84", "2025-04-09"), Set.of("eo-14257")),
				candidate(measure("eo-14257", "reciprocal", "34", "2025-04-09"), Set.of())));
		assertThat(layers).singleElement().satisfies(l -> assertThat(l.measure().id()).isEqualTo("eo-14259"));
	}

	@Test
	void anExemptionThatTakesTheGoodOutRemovesTheLayerAndAnOffsetDoesNot() {
		var exempted = layers(List.of(candidate(measure("no6", "cn", "125", "2025-04-12"), Set.of(),
				exemption("ic", "goods"))));
		assertThat(exempted.get(0).applies()).isFalse();
		assertThat(Stacking.total(exempted)).isEqualByComparingTo("0");
		var offset = layers(List.of(candidate(measure("parts", "auto-parts", "25", "2025-05-03"), Set.of(),
				exemption("offset", "offset"))));
		assertThat(offset.get(0).applies()).isTrue();
		assertThat(offset.get(0).exemptedBy()).isEmpty();
		assertThat(Stacking.total(offset)).isEqualByComparingTo("25");
	}

	@Test
	void aLayerWithoutARateInTheGraphAddsNothingAndTheTotalSaysItIsIncomplete() {
		var zero = layers(List.of(candidate(measure("de-minimis", "de-minimis", "0", "2025-05-02"), Set.of()),
				candidate(measure("eo-14298", "reciprocal", "10", "2025-05-14"), Set.of())));
		assertThat(zero).hasSize(2);
		assertThat(Stacking.total(zero)).isEqualByComparingTo("10");
		assertThat(Stacking.complete(zero)).as("a layer of 0% is counted").isTrue();
		var annex3 = layers(List.of(candidate(measure("annex-3", "metals", null, "2026-04-06"), Set.of()),
				candidate(measure("list-1", "s301", "25", "2018-07-06"), Set.of())));
		assertThat(Stacking.total(annex3)).isEqualByComparingTo("25");
		assertThat(Stacking.complete(annex3)).as("Annex III applies with no rate in the graph").isFalse();
		var exempted = layers(List.of(candidate(measure("annex-3", "metals", null, "2026-04-06"), Set.of(),
				exemption("autos", "no-stacking"))));
		assertThat(Stacking.complete(exempted)).as("a layer without a rate that does not apply leaves nothing out").isTrue();
	}

	private static TariffMeasure measure(String id, String layer, String rate, String from, String suspendedFrom,
			String layerRule) {
		return new TariffMeasure("measure:" + id, id, id, "USTR notice", "Section 301", new BigDecimal(rate), null, layer,
				null, LocalDate.parse(from), null, false, "confirmed", null, null,
				(suspendedFrom == null) ? null : LocalDate.parse(suspendedFrom), layerRule);
	}

	@Test
	void aLayerWhoseMeasuresSayHighestPaysTheHighestRateNotTheNewest() {
		var layers = layers(List.of(candidate(measure("list-3", "s301", "25", "2019-05-10", null, "highest"), Set.of()),
				candidate(measure("review-tungsten", "s301", "10", "2025-01-01", null, "highest"), Set.of())));
		assertThat(layers).singleElement().satisfies(l -> {
			assertThat(l.measure().id()).isEqualTo("list-3");
			assertThat(l.superseded()).extracting(TariffMeasure::id).containsExactly("review-tungsten");
		});
		var newest = layers(List.of(candidate(measure("old", "r", "25", "2019-05-10", null, null), Set.of()),
				candidate(measure("new", "r", "10", "2025-01-01", null, null), Set.of())));
		assertThat(newest.get(0).measure().id()).isEqualTo("new");
	}

	@Test
	void aMeasureSuspendedBeforeItTookEffectNeverAppliesAndTheLayerSaysWhy() {
		var layers = layers(List.of(candidate(measure("list-4b", "s301", "15", "2019-12-15", "2019-12-15", "highest"), Set.of())));
		assertThat(layers).singleElement().satisfies(l -> {
			assertThat(l.applies()).isFalse();
			assertThat(l.reason()).isEqualTo("list-4b was suspended from 2019-12-15, before it took effect: it never applied");
		});
		assertThat(Stacking.total(layers)).isEqualByComparingTo("0");
		var withAnother = layers(List.of(candidate(measure("list-4b", "s301", "15", "2019-12-15", "2019-12-15", "highest"), Set.of()),
				candidate(measure("list-4a", "s301", "7.5", "2020-02-14", null, "highest"), Set.of())));
		assertThat(withAnother.get(0).measure().id()).isEqualTo("list-4a");
		assertThat(Stacking.total(withAnother)).isEqualByComparingTo("7.5");
	}

	@Test
	void anExemptionForGoodsSubjectToAnotherMeasureNamesThatMeasureInItsReason() {
		var steel = measure("steel-50", "us-232-steel", "50", "2025-06-04", null, null);
		var reciprocal = new Candidate(measure("eo-14298", "reciprocal", "10", "2025-05-14"), List.of(), List.of(), 0);
		// EO 14257 s.3(b) holds where the steel measure decides its layer
		var layers = Stacking.layers(DAY, List.of(reciprocal, candidate(steel, Set.of())),
				(winner, deciding) -> (winner == reciprocal && deciding.containsKey("steel-50"))
						? List.of(new Stacking.Relief(exemption("s3b", "no-stacking"), List.of(deciding.get("steel-50"))))
						: List.of());
		assertThat(layers.get(0).applies()).isFalse();
		assertThat(layers.get(0).reason()).isEqualTo("Exempted by s3b (s3b) because the good is subject to steel-50 (steel-50)");
		assertThat(layers.get(0).subjectTo()).extracting(TariffMeasure::id).containsExactly("steel-50");
		assertThat(Stacking.total(layers)).isEqualByComparingTo("50");
	}

	@Test
	void aLayerWhoseMeasuresSayMostSpecificPaysTheListingThatNamesTheLineNotTheHigherOrNewerOne() {
		// US note 16: 7326.20.00.90 is on list (iii) (Annex I-A, 50%); Annex I-B's file names all of 7326.20 at 25%
		var annex1a = measure("annex-1a", "us-232-metals", "50", "2026-04-06", null, "most-specific");
		var annex1b = measure("annex-1b", "us-232-metals", "25", "2026-04-06", null, "most-specific");
		var annex2 = measure("annex-2", "us-232-metals", "0", "2026-04-06", null, "most-specific");
		var line = layers(List.of(listed(annex1b, 6), listed(annex1a, 10)));
		assertThat(line).singleElement().satisfies(l -> {
			assertThat(l.measure().id()).as("the line's own listing decides").isEqualTo("annex-1a");
			assertThat(l.superseded()).extracting(TariffMeasure::id).containsExactly("annex-1b");
		});
		// 8503.00.45: Annex II (out of the tariffs) names the HTS-8 line, Annex I-B's file all of 8503.00
		var removed = layers(List.of(listed(annex1b, 6), listed(annex2, 8)));
		assertThat(removed.get(0).measure().id()).as("a lower rate listed more specifically wins").isEqualTo("annex-2");
		assertThat(Stacking.total(removed)).isEqualByComparingTo("0");
		var tie = layers(List.of(listed(measure("older", "m", "50", "2025-06-04", null, "most-specific"), 8),
				listed(measure("newer", "m", "25", "2026-04-06", null, "most-specific"), 8)));
		assertThat(tie.get(0).measure().id()).as("equally specific: the newest").isEqualTo("newer");
		var mixed = layers(List.of(listed(measure("old", "m", "50", "2025-06-04", null, "most-specific"), 10),
				listed(measure("new", "m", "25", "2026-04-06", null, null), 6)));
		assertThat(mixed.get(0).measure().id()).as("measures that name different rules: the newest").isEqualTo("new");
	}

}
