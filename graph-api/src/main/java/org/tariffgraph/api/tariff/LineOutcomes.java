package org.tariffgraph.api.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.tariffgraph.api.tariff.Stacking.Candidate;
import org.tariffgraph.api.tariff.Stacking.TariffLayer;
import org.tariffgraph.model.read.Good;
import org.tariffgraph.model.read.TariffMeasure;

/**
 * Applies the stacking rules to every tariff line asked for and groups the lines by outcome: lines with the same
 * layers, rates and reasons form one outcome, so that a heading whose lines differ is never given one total.
 */
final class LineOutcomes {

	/** Lines that come to the same layers. */
	record Outcome(BigDecimal totalRate, List<TariffLayer> layers, List<Good> lines) {
	}

	private LineOutcomes() {
	}

	/** The outcomes, the most common first. */
	static List<Outcome> of(List<Good> lines, Coverage coverage, LocalDate date) {
		// lines with the same layers, measures, applying and reasons share an outcome: its layers are the first line's
		Map<List<Object>, Outcome> byKey = new LinkedHashMap<>();
		for (Good line : lines) {
			List<TariffLayer> layers = layers(line.hsCode(), coverage, date);
			List<Object> key = layers.stream()
				.map(l -> List.of(l.layer(), l.measure().id(), l.applies(), String.valueOf(l.reason())))
				.collect(Collectors.toList());
			byKey.computeIfAbsent(key, k -> new Outcome(Stacking.total(layers), layers, new ArrayList<>())).lines().add(line);
		}
		List<Outcome> outcomes = new ArrayList<>(byKey.values().stream()
			.map(o -> new Outcome(o.totalRate(), o.layers(), List.copyOf(o.lines())))
			.toList());
		outcomes.sort(Comparator.<Outcome>comparingInt(o -> -o.lines().size())
			.thenComparing(Outcome::totalRate, Comparator.reverseOrder()));
		return List.copyOf(outcomes);
	}

	/** The layers for one line: the measures covering it, each with the exemptions that take this line out. */
	static List<TariffLayer> layers(String line, Coverage coverage, LocalDate date) {
		List<Coverage.Measure> covering = coverage.measures().stream().filter(m -> m.covers(line)).toList();
		Map<String, TariffMeasure> subjectTo = new LinkedHashMap<>();
		covering.stream()
			.map(Coverage.Measure::measure)
			.filter(m -> !m.suspendedOn(date))
			.forEach(m -> subjectTo.put(m.id(), m));
		List<Candidate> candidates = new ArrayList<>();
		for (Coverage.Measure m : covering) {
			List<Stacking.Relief> reliefs = new ArrayList<>();
			for (Coverage.Exempting e : coverage.exemptions()) {
				if (!e.exemptsFrom().contains(m.measure().id())) {
					continue;
				}
				if (Coverage.coversCode(e.codes(), line)) {
					reliefs.add(new Stacking.Relief(e.exemption(), List.of()));
					continue;
				}
				List<TariffMeasure> because = because(e.whenSubjectTo(), subjectTo, m.measure().id());
				if (!because.isEmpty()) {
					reliefs.add(new Stacking.Relief(e.exemption(), because));
				}
			}
			candidates.add(new Candidate(m.measure(), m.amends(), reliefs, m.sources()));
		}
		return Stacking.layers(date, candidates);
	}

	private static List<TariffMeasure> because(Set<String> whenSubjectTo, Map<String, TariffMeasure> subjectTo,
			String exempted) {
		return whenSubjectTo.stream()
			.filter(id -> !id.equals(exempted))
			.map(subjectTo::get)
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing(TariffMeasure::id))
			.toList();
	}

}
