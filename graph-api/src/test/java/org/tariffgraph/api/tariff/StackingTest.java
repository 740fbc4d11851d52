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
import org.tariffgraph.model.RateBase;
import org.tariffgraph.model.ReliefExtent;
import org.tariffgraph.model.read.Exemption;
import org.tariffgraph.model.read.TariffMeasure;

import static org.assertj.core.api.Assertions.assertThat;

class StackingTest {

	private static TariffMeasure measure(String id, String layer, String rate, String from) {
		return new TariffMeasure("measure:" + id, id, id, "EO", "IEEPA", (rate == null) ? null : new BigDecimal(rate), null,
				layer, null, LocalDate.parse(from), null, true, "confirmed", null, null, null, null, null);
	}

	private static Exemption exemption(String id, String kind) {
		return new Exemption("exemption:" + id, id, id, kind, null, null, null, "reported", null, null, null);
	}

	private static final LocalDate DAY = LocalDate.parse("2025-06-01");

	/** The exemptions that name the good, by the id of the measure they exempt from. */
	private final Map<String, List<Relief>> naming = new HashMap<>();

	private Candidate candidate(TariffMeasure m, Set<String> amends, Exemption... exemptions) {
		this.naming.put(m.id(), Arrays.stream(exemptions).map(e -> new Relief(e, List.of())).toList());
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
		assertThat(Totals.of(layers).total()).isEqualByComparingTo("145");
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
		assertThat(Totals.of(exempted).total()).isEqualByComparingTo("0");
		var offset = layers(List.of(candidate(measure("parts", "auto-parts", "25", "2025-05-03"), Set.of(),
				exemption("offset", "offset"))));
		assertThat(offset.get(0).applies()).isTrue();
		assertThat(offset.get(0).exemptedBy()).isEmpty();
		assertThat(Totals.of(offset).total()).isEqualByComparingTo("25");
	}

	@Test
	void aLayerWithoutARateInTheGraphAddsNothingAndTheTotalSaysItIsIncomplete() {
		var zero = layers(List.of(candidate(measure("de-minimis", "de-minimis", "0", "2025-05-02"), Set.of()),
				candidate(measure("eo-14298", "reciprocal", "10", "2025-05-14"), Set.of())));
		assertThat(zero).hasSize(2);
		assertThat(Totals.of(zero).total()).isEqualByComparingTo("10");
		assertThat(Stacking.complete(zero)).as("a layer of 0% is counted").isTrue();
		var annex3 = layers(List.of(candidate(measure("annex-3", "metals", null, "2026-04-06"), Set.of()),
				candidate(measure("list-1", "s301", "25", "2018-07-06"), Set.of())));
		assertThat(Totals.of(annex3).total()).isEqualByComparingTo("25");
		assertThat(Stacking.complete(annex3)).as("Annex III applies with no rate in the graph").isFalse();
		var exempted = layers(List.of(candidate(measure("annex-3", "metals", null, "2026-04-06"), Set.of(),
				exemption("autos", "no-stacking"))));
		assertThat(Stacking.complete(exempted)).as("a layer without a rate that does not apply leaves nothing out").isTrue();
	}

	private static TariffMeasure measure(String id, String layer, String rate, String from, String suspendedFrom,
			String layerRule) {
		return new TariffMeasure("measure:" + id, id, id, "USTR notice", "Section 301", new BigDecimal(rate), null, layer,
				null, LocalDate.parse(from), null, false, "confirmed", null, null,
				(suspendedFrom == null) ? null : LocalDate.parse(suspendedFrom), layerRule, null);
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
		assertThat(Totals.of(layers).total()).isEqualByComparingTo("0");
		var withAnother = layers(List.of(candidate(measure("list-4b", "s301", "15", "2019-12-15", "2019-12-15", "highest"), Set.of()),
				candidate(measure("list-4a", "s301", "7.5", "2020-02-14", null, "highest"), Set.of())));
		assertThat(withAnother.get(0).measure().id()).isEqualTo("list-4a");
		assertThat(Totals.of(withAnother).total()).isEqualByComparingTo("7.5");
	}

	@Test
	void anExemptionForGoodsSubjectToAnotherMeasureNamesThatMeasureInItsReason() {
		var steel = measure("steel-50", "us-232-steel", "50", "2025-06-04", null, null);
		var reciprocal = new Candidate(measure("eo-14298", "reciprocal", "10", "2025-05-14"), List.of(), List.of(), 0);
		// EO 14257 s.3(b) holds where the steel measure decides its layer
		var layers = Stacking.layers(DAY, List.of(reciprocal, candidate(steel, Set.of())),
				(winner, deciding) -> (winner == reciprocal && deciding.containsKey("steel-50"))
						? List.of(new Relief(exemption("s3b", "no-stacking"), List.of(deciding.get("steel-50"))))
						: List.of());
		assertThat(layers.get(0).applies()).isFalse();
		assertThat(layers.get(0).reason()).isEqualTo("Exempted by s3b (s3b) because the good is subject to steel-50 (steel-50)");
		assertThat(layers.get(0).subjectTo()).extracting(TariffMeasure::id).containsExactly("steel-50");
		assertThat(Totals.of(layers).total()).isEqualByComparingTo("50");
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
		assertThat(Totals.of(removed).total()).isEqualByComparingTo("0");
		var tie = layers(List.of(listed(measure("older", "m", "50", "2025-06-04", null, "most-specific"), 8),
				listed(measure("newer", "m", "25", "2026-04-06", null, "most-specific"), 8)));
		assertThat(tie.get(0).measure().id()).as("equally specific: the newest").isEqualTo("newer");
		var mixed = layers(List.of(listed(measure("old", "m", "50", "2025-06-04", null, "most-specific"), 10),
				listed(measure("new", "m", "25", "2026-04-06", null, null), 6)));
		assertThat(mixed.get(0).measure().id()).as("measures that name different rules: the newest").isEqualTo("new");
	}

	/** The steel and aluminium derivatives added from 18 Aug 2025, charged on their metal content. */
	private static final TariffMeasure STEEL = onContent("steel-inclusions", "us-232-steel", "50", RateBase.STEEL_CONTENT);

	private static final TariffMeasure ALUMINIUM = onContent("aluminium-inclusions", "us-232-aluminium", "50",
			RateBase.ALUMINIUM_CONTENT);

	/** EO 14257 s.3(b) from 4 Jun 2025: goods subject to Section 232 are outside the reciprocal tariff for that content. */
	private static final Exemption CHARGED = new Exemption("exemption:s3b", "s3b", "s3b", "no-stacking", null, null, null,
			"confirmed", null, null, ReliefExtent.CHARGED_CONTENT.value());

	/** A Section 232 measure charged on a content, like the 2025 derivative tariffs. */
	private static TariffMeasure onContent(String id, String layer, String rate, RateBase base) {
		return new TariffMeasure("measure:" + id, id, id, "Proclamation 10947", "Section 232", new BigDecimal(rate), null,
				layer, null, LocalDate.parse("2025-06-04"), null, false, "confirmed", null, null, null, null, base.value());
	}

	/**
	 * A derivative like the medicament 3004.90.92.44 on 2025-09-01, but outside Annex II: only the given exemption from
	 * the reciprocal tariff, for the metal measures the good is subject to.
	 */
	private static List<Stacking.TariffLayer> derivative(Exemption s3b, TariffMeasure... metals) {
		var fentanyl = new Candidate(measure("eo-14228", "fentanyl", "20", "2025-03-04"), List.of(), List.of(), 0);
		var reciprocal = new Candidate(measure("eo-14298", "reciprocal", "10", "2025-05-14"), List.of(), List.of(), 0);
		List<Candidate> candidates = new java.util.ArrayList<>(List.of(fentanyl, reciprocal));
		for (TariffMeasure m : metals) {
			candidates.add(new Candidate(m, List.of(), List.of(), 10));
		}
		return Stacking.layers(DAY, candidates, (winner, deciding) -> (winner == reciprocal)
				? List.of(new Relief(s3b, deciding.values().stream()
					.filter(m -> m.layer().startsWith("us-232")).sorted(Stacking.BY_ID).toList()))
				: List.of());
	}

	@Test
	void anExemptionOfTheChargedContentLeavesTheRestOfTheValueToTheLayerAndTheTotalToTheContentsShare() {
		var layers = derivative(CHARGED, STEEL, ALUMINIUM);
		var reciprocal = layers.stream().filter(l -> l.layer().equals("reciprocal")).findFirst().orElseThrow();
		assertThat(reciprocal.applies()).as("the reciprocal tariff still charges the value other than the metal").isTrue();
		assertThat(reciprocal.except()).containsExactly(RateBase.STEEL_CONTENT, RateBase.ALUMINIUM_CONTENT);
		assertThat(reciprocal.reason()).isEqualTo("Charged only on the value other than the steel and aluminium content: "
				+ "Exempted by s3b (s3b) because the good is subject to aluminium-inclusions (aluminium-inclusions) and "
				+ "steel-inclusions (steel-inclusions)");
		Totals totals = Totals.of(layers);
		assertThat(totals.total()).as("no single total: it depends on the share of metal in the value").isNull();
		// none: fentanyl 20 + reciprocal 10; all steel: fentanyl 20 + steel 50; all aluminium: fentanyl 20 + aluminium 50
		assertThat(totals.cases()).extracting(Totals.ContentCase::base)
			.containsExactly(null, RateBase.STEEL_CONTENT, RateBase.ALUMINIUM_CONTENT);
		assertThat(totals.cases()).extracting(c -> c.totalRate().intValue()).containsExactly(30, 70, 70);
		assertThat(totals.min()).isEqualByComparingTo("30");
		assertThat(totals.max()).as("never steel 50 and aluminium 50 on the whole value at once").isEqualByComparingTo("70");
	}

	@Test
	void anExemptionOfTheWholeValueOrOneForAGoodChargedOnItsValueRemovesTheLayer() {
		var whole = derivative(exemption("s3b", "no-stacking"), STEEL);
		assertThat(whole.get(1).applies()).as("before 4 Jun 2025 any Section 232 duty took the reciprocal tariff off").isFalse();
		assertThat(whole.get(1).except()).isEmpty();
		assertThat(Totals.of(whole).cases()).extracting(c -> c.totalRate().intValue()).containsExactly(20, 70);
		var onValue = derivative(CHARGED, measure("steel-articles", "us-232-steel", "50", "2025-06-04"));
		assertThat(onValue.get(1).applies()).as("a measure on the whole value takes the whole good out").isFalse();
		assertThat(Totals.of(onValue).total()).isEqualByComparingTo("70");
		assertThat(Totals.of(onValue).cases()).isEmpty();
	}

	@Test
	void anExemptionThatNamesTheGoodTakesTheWholeLayerBesideOneOfTheChargedContent() {
		// the medicament 3004.90.92.44 on 2025-09-01: Annex II names it, and it is subject to both metal measures
		var fentanyl = new Candidate(measure("eo-14228", "fentanyl", "20", "2025-03-04"), List.of(), List.of(), 0);
		var reciprocal = new Candidate(measure("eo-14298", "reciprocal", "10", "2025-05-14"), List.of(), List.of(), 0);
		var layers = Stacking.layers(DAY, List.of(fentanyl, reciprocal, new Candidate(STEEL, List.of(), List.of(), 10),
				new Candidate(ALUMINIUM, List.of(), List.of(), 10)), (winner, deciding) -> (winner == reciprocal)
						? List.of(new Relief(exemption("annex-ii", "goods"), List.of()), new Relief(CHARGED, List.of(ALUMINIUM, STEEL)))
						: List.of());
		var relieved = layers.stream().filter(l -> l.layer().equals("reciprocal")).findFirst().orElseThrow();
		assertThat(relieved.applies()).as("Annex II takes the whole reciprocal layer").isFalse();
		assertThat(relieved.except()).isEmpty();
		assertThat(Totals.of(layers).cases()).extracting(c -> c.totalRate().intValue()).containsExactly(20, 70, 70);
	}

	@Test
	void aReliefOfALayerChargedOnAContentTakesTheWholeLayerAndALayerThatAddsNothingMakesNoRange() {
		var copper = onContent("copper", "us-232-copper", "50", RateBase.COPPER_CONTENT);
		var layers = Stacking.layers(DAY, List.of(new Candidate(STEEL, List.of(), List.of(), 10),
				new Candidate(copper, List.of(), List.of(), 10)), (winner, deciding) -> (winner.measure() == STEEL)
						? List.of(new Relief(CHARGED, List.of(copper)))
						: List.of());
		assertThat(layers.get(1).layer()).isEqualTo("us-232-steel");
		assertThat(layers.get(1).applies()).isFalse();
		var nothing = Stacking.layers(DAY, List.of(new Candidate(onContent("zero", "us-232-steel", "0", RateBase.STEEL_CONTENT),
				List.of(), List.of(), 10)), (winner, deciding) -> List.of());
		assertThat(Totals.of(nothing).cases()).isEmpty();
		assertThat(Totals.of(nothing).total()).isEqualByComparingTo("0");
	}

}
