package org.tariffgraph.api.tariff;

import java.util.Objects;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tariffgraph.api.tariff.Stacking.Candidate;
import org.tariffgraph.api.tariff.Stacking.TariffLayer;
import org.tariffgraph.model.GoodsCode;
import org.tariffgraph.model.read.Good;
import org.tariffgraph.model.read.TariffMeasure;

/**
 * Applies the stacking rules to every tariff line asked for and groups the lines by outcome: lines with the same
 * layers, rates and reasons form one outcome, so that a heading whose lines differ is never given one total.
 */
final class LineOutcomes {

	/**
	 * Lines that come to the same layers.
	 * @param totals what the layers come to: one total, or a range where it depends on a metal content
	 */
	record Outcome(Totals totals, List<TariffLayer> layers, List<Good> lines) {

		/** The total, null where it depends on the share of a metal content in the good's value. */
		public @Nullable BigDecimal totalRate() {
			return this.totals.total();
		}

		/** The lowest total. */
		public BigDecimal minRate() {
			return this.totals.min();
		}

		/** The highest total. */
		public BigDecimal maxRate() {
			return this.totals.max();
		}

		/** The totals at the extremes of the metal content, where the total depends on it. */
		public List<Totals.ContentCase> contentCases() {
			return this.totals.cases();
		}

		/** Whether no layer applies without a rate in the graph, so that the total counts them all. */
		public boolean totalRateComplete() {
			return Stacking.complete(this.layers);
		}

		/** How many lines come to it. */
		public int lineCount() {
			return this.lines.size();
		}

	}

	/**
	 * Lines that come to the same total, or the same range where it depends on a metal content, whatever layers make
	 * it up: outcomes merged by what they cost.
	 * @param outcomeCount how many outcomes the lines come from
	 */
	record TotalGroup(@Nullable BigDecimal totalRate, BigDecimal minRate, BigDecimal maxRate, boolean totalRateComplete,
			List<Good> lines, int outcomeCount) {

		/** How many lines come to it. */
		public int lineCount() {
			return this.lines.size();
		}

	}

	private LineOutcomes() {
	}

	/**
	 * The outcomes merged by total (a heading's "12 lines 70%, 3 lines 145%"), the most lines first, their lines in
	 * code order. A total that leaves out a layer without a rate is not merged with the same figure that does not.
	 */
	static List<TotalGroup> byTotal(List<Outcome> outcomes) {
		Map<TotalKey, List<Outcome>> byKey = new LinkedHashMap<>();
		for (Outcome outcome : outcomes) {
			byKey.computeIfAbsent(TotalKey.of(outcome), k -> new ArrayList<>()).add(outcome);
		}
		List<TotalGroup> groups = new ArrayList<>(byKey.size());
		for (List<Outcome> merged : byKey.values()) {
			Outcome first = merged.get(0);
			List<Good> lines = new ArrayList<>();
			merged.forEach(o -> lines.addAll(o.lines()));
			lines.sort(Comparator.comparing(Good::hsCode, Comparator.nullsLast(Comparator.naturalOrder())));
			groups.add(new TotalGroup(first.totalRate(), first.minRate(), first.maxRate(), first.totalRateComplete(),
					List.copyOf(lines), merged.size()));
		}
		groups.sort(Comparator.<TotalGroup>comparingInt(g -> -g.lines().size())
			.thenComparing(TotalGroup::maxRate, Comparator.reverseOrder()));
		return List.copyOf(groups);
	}

	/** What an outcome costs, its rates compared as numbers (55 and 55.0 are one total). */
	private record TotalKey(@Nullable BigDecimal total, BigDecimal min, BigDecimal max, boolean complete) {

		static TotalKey of(Outcome outcome) {
			BigDecimal total = outcome.totalRate();
			return new TotalKey((total != null) ? total.stripTrailingZeros() : null, outcome.minRate().stripTrailingZeros(),
					outcome.maxRate().stripTrailingZeros(), outcome.totalRateComplete());
		}

	}

	/** The outcomes, the most common first. */
	static List<Outcome> of(List<Good> lines, Coverage coverage, LocalDate date) {
		// lines with the same layers, measures, applying and reasons share an outcome: its layers are the first line's
		Map<List<Object>, Outcome> byKey = new LinkedHashMap<>();
		for (Good line : lines) {
			// the query reads every line whole
			List<TariffLayer> layers = layers(Objects.requireNonNull(line.hsCode()), coverage, date);
			List<Object> key = new ArrayList<>(layers.size() * 4);
			for (TariffLayer l : layers) {
				key.add(l.layer());
				key.add(l.measure().id());
				key.add(l.applies());
				key.add(l.reason());
			}
			byKey.computeIfAbsent(key, k -> new Outcome(Totals.of(layers), layers, new ArrayList<>())).lines().add(line);
		}
		List<Outcome> outcomes = new ArrayList<>(byKey.size());
		byKey.values().forEach(o -> outcomes.add(new Outcome(o.totals(), o.layers(), List.copyOf(o.lines()))));
		outcomes.sort(Comparator.<Outcome>comparingInt(o -> -o.lines().size())
			.thenComparing(Outcome::maxRate, Comparator.reverseOrder()));
		return List.copyOf(outcomes);
	}

	/**
	 * The layers for one line: the measures covering it, and for each layer's winner the exemptions that take this
	 * line out. Loops rather than streams: on a heading this runs for every line; on one line, as streams, it took a
	 * fifth of the API thread's samples (JFR), which the loops cut, though the request's latency did not measurably
	 * change.
	 */
	static List<TariffLayer> layers(String line, Coverage coverage, LocalDate date) {
		List<String> codes = GoodsCode.selfAndAncestors(line);
		List<Candidate> candidates = new ArrayList<>();
		for (Coverage.Measure m : coverage.measures()) {
			if (m.covers(codes)) {
				candidates.add(new Candidate(m.measure(), m.amends(), m.sources(), m.listedAt(codes)));
			}
		}
		return Stacking.layers(date, candidates, (winner, deciding) -> reliefs(winner.measure(), codes, coverage, deciding));
	}

	/** The exemptions from a measure that take the line out: by naming it or a code above it, or by a rule. */
	private static List<Relief> reliefs(TariffMeasure measure, List<String> codes, Coverage coverage,
			Map<String, TariffMeasure> deciding) {
		List<Relief> reliefs = new ArrayList<>();
		for (Coverage.Exempting e : coverage.exemptions()) {
			if (!e.exemptsFrom().contains(measure.id())) {
				continue;
			}
			if (Coverage.coversAny(e.codes(), codes)) {
				reliefs.add(new Relief(e.exemption(), List.of()));
				continue;
			}
			List<TariffMeasure> because = because(e.whenSubjectTo(), deciding, Stacking.id(measure));
			if (!because.isEmpty()) {
				reliefs.add(new Relief(e.exemption(), because));
			}
		}
		return reliefs;
	}

	/** The measures deciding their layers on the line that an exemption holds for, other than the one it exempts from. */
	private static List<TariffMeasure> because(Set<String> whenSubjectTo, Map<String, TariffMeasure> subjectTo,
			String exempted) {
		List<TariffMeasure> because = new ArrayList<>();
		for (String id : whenSubjectTo) {
			TariffMeasure measure = subjectTo.get(id);
			if (measure != null && !id.equals(exempted)) {
				because.add(measure);
			}
		}
		because.sort(Stacking.BY_ID);
		return because;
	}

}
