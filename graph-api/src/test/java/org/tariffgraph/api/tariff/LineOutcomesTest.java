package org.tariffgraph.api.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.tariffgraph.model.GoodsCode;
import org.tariffgraph.model.read.Exemption;
import org.tariffgraph.model.read.Good;
import org.tariffgraph.model.read.TariffMeasure;

import static org.assertj.core.api.Assertions.assertThat;

class LineOutcomesTest {

	private static final LocalDate DAY = LocalDate.parse("2025-09-01");

	private static Coverage.Measure measure(String id, String layer, String rate, boolean all, String... codes) {
		var m = new TariffMeasure("measure:" + id, id, id, "EO", "basis", new BigDecimal(rate), null, layer, null,
				LocalDate.parse("2025-06-04"), null, all, "confirmed", null, null, null, null, null);
		return new Coverage.Measure(m, all, Set.of(codes), List.of(), List.of());
	}

	private static Exemption exemption(String id, String kind) {
		return new Exemption("exemption:" + id, id, id, kind, null, null, null, "confirmed", null, null, null);
	}

	private static Good line(String code) {
		return new Good("good:" + code, code, code.length(), null, null, null, false);
	}

	/** Fentanyl and reciprocal on all goods, steel on 7208, and the two exemptions of the reciprocal tariff. */
	private static Coverage coverage() {
		return new Coverage(List.of(measure("fentanyl", "fentanyl", "20", true), measure("reciprocal", "reciprocal", "10", true),
				measure("steel", "us-232-steel", "50", false, "7208")),
				List.of(new Coverage.Exempting(exemption("s3b", "no-stacking"), Set.of(), Set.of("reciprocal"), Set.of("steel")),
						new Coverage.Exempting(exemption("annex-ii", "goods"), Set.of("8542310015"), Set.of("reciprocal"), Set.of())));
	}

	@Test
	void aGoodSubjectToSection232IsOutOfTheReciprocalLayerButPaysTheOthers() {
		var layers = LineOutcomes.layers("7208390030", coverage(), DAY);
		assertThat(layers).extracting(Stacking.TariffLayer::layer, Stacking.TariffLayer::applies)
			.containsExactly(Tuple.tuple("fentanyl", true),
					Tuple.tuple("reciprocal", false),
					Tuple.tuple("us-232-steel", true));
		assertThat(Totals.of(layers).total()).isEqualByComparingTo("70");
	}

	@Test
	void linesWithTheSameLayersFormOneOutcomeAndTheMostCommonComesFirst() {
		var outcomes = LineOutcomes.of(List.of(line("8542310015"), line("9503000090"), line("9503000010"),
				line("7208390030")), coverage(), DAY);
		assertThat(outcomes).extracting(o -> o.totalRate().toPlainString(), o -> o.lines().size())
			.containsExactly(Tuple.tuple("30", 2), Tuple.tuple("70", 1),
					Tuple.tuple("20", 1));
		assertThat(outcomes.get(2).lines()).extracting(Good::hsCode).containsExactly("8542310015");
		assertThat(outcomes.get(2).layers().get(1).reason()).isEqualTo("Exempted by annex-ii (annex-ii)");
	}

	@Test
	void aCodeAboveALineCoversItAndOneBelowItDoesNot() {
		assertThat(Coverage.coversAny(Set.of("8542"), GoodsCode.selfAndAncestors("8542310015"))).isTrue();
		assertThat(Coverage.coversAny(Set.of("85423100"), GoodsCode.selfAndAncestors("8542310015"))).isTrue();
		assertThat(Coverage.coversAny(Set.of("8542310015"), GoodsCode.selfAndAncestors("854231"))).isFalse();
		assertThat(Coverage.coversAny(Set.of("854"), GoodsCode.selfAndAncestors("8542310015"))).isFalse();
	}

	private static Coverage.Measure annex(String id, String rate, String... codes) {
		var m = new TariffMeasure("measure:" + id, id, id, "Proclamation", "Section 232", new BigDecimal(rate), null,
				"us-232-metals", null, LocalDate.parse("2026-04-06"), null, false, "confirmed", null, null, null, "most-specific", null);
		return new Coverage.Measure(m, false, Set.of(codes), List.of(), List.of());
	}

	@Test
	void theListingThatNamesTheLineDecidesItsLayerAndAMeasureSetAsideTriggersNoExemption() {
		// Annex I-B's file names all of 8503.00, Annex II the line 8503.00.45; Section 122 gives way to Section 232 only
		var s122 = measure("s122", "s122", "10", true);
		var coverage = new Coverage(List.of(s122, annex("annex-1b", "25", "850300"), annex("annex-2", "0", "85030045")),
				List.of(new Coverage.Exempting(exemption("s122-232", "no-stacking"), Set.of(), Set.of("s122"), Set.of("annex-1b"))));
		var day = LocalDate.parse("2026-06-01");
		var annex2 = LineOutcomes.layers("8503004500", coverage, day);
		assertThat(annex2).extracting(l -> l.measure().id(), Stacking.TariffLayer::applies)
			.as("Annex II decides the metals layer, so the line is not subject to Annex I-B and pays Section 122")
			.containsExactly(Tuple.tuple("s122", true),
					Tuple.tuple("annex-2", true));
		assertThat(Totals.of(annex2).total()).isEqualByComparingTo("10");
		var annex1b = LineOutcomes.layers("8503003500", coverage, day);
		assertThat(annex1b).extracting(l -> l.measure().id(), Stacking.TariffLayer::applies)
			.containsExactly(Tuple.tuple("s122", false),
					Tuple.tuple("annex-1b", true));
		assertThat(annex1b.get(0).subjectTo()).extracting(TariffMeasure::id).containsExactly("annex-1b");
	}

	@Test
	void outcomesThatCostTheSameAreOneTotalWithTheirLinesInCodeOrder() {
		// the ICs pay fentanyl 20 (Annex II), the toys fentanyl 20 and reciprocal 10: two outcomes, two totals; a
		// second measure of 10.0 on 8542 makes the ICs' outcome cost 30.0, by other layers: the same total as a number
		var coverage = new Coverage(List.of(measure("fentanyl", "fentanyl", "20", true),
				measure("reciprocal", "reciprocal", "10", true), measure("chips", "chips", "10.0", false, "8542")),
				coverage().exemptions());
		var outcomes = LineOutcomes.of(List.of(line("9503000090"), line("8542310015"), line("9503000010")), coverage, DAY);
		assertThat(outcomes).as("two outcomes: different layers").hasSize(2);
		var totals = LineOutcomes.byTotal(outcomes);
		assertThat(totals).singleElement().satisfies(group -> {
			assertThat(group.totalRate()).isEqualByComparingTo("30");
			assertThat(group.outcomeCount()).isEqualTo(2);
			assertThat(group.lines()).extracting(Good::hsCode).containsExactly("8542310015", "9503000010", "9503000090");
		});
		var differ = LineOutcomes.byTotal(LineOutcomes.of(List.of(line("9503000090"), line("7208390030")), coverage(), DAY));
		assertThat(differ).extracting(g -> g.totalRate().toPlainString(), LineOutcomes.TotalGroup::lineCount)
			.as("different totals stay apart").containsExactlyInAnyOrder(Tuple.tuple("30", 1), Tuple.tuple("70", 1));
	}

}
