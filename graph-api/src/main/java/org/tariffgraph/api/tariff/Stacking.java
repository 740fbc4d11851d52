package org.tariffgraph.api.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.tariffgraph.model.ExemptionKind;
import org.tariffgraph.model.LayerRule;
import org.tariffgraph.model.read.Exemption;
import org.tariffgraph.model.read.Source;
import org.tariffgraph.model.read.TariffMeasure;

/**
 * The stacking rules for one good: layers stack; within a layer the measures in force resolve by the layer's
 * rule ({@link LayerRule}: the newest, the highest rate, or the most specific listing); a suspended measure never applies; an exemption that
 * takes the good out of the winning measure removes its layer, whether it names the good or holds for goods
 * subject to another measure (EO 14257 s.3(b)). Every layer that does not apply says why.
 */
final class Stacking {

	/** An exemption that relieves the good of a measure; {@code subjectTo} is why, where it is a rule. */
	record Relief(Exemption exemption, List<TariffMeasure> subjectTo) {
	}

	/**
	 * A measure in force on the day that covers the good, with what it amends and what relieves the good of it.
	 * @param listedAt how specifically its product lists name the good: the length of the longest code that names
	 * it (10 for the line itself, 6 for its HS-6 subheading), 0 for a measure of all goods
	 */
	record Candidate(TariffMeasure measure, List<String> amends, List<Relief> reliefs, List<Source> sources,
			int listedAt) {
	}

	/** One layer of the answer. */
	record TariffLayer(String layer, TariffMeasure measure, @Nullable BigDecimal rate, boolean applies,
			@Nullable String reason, List<Exemption> exemptedBy, List<TariffMeasure> subjectTo,
			List<TariffMeasure> superseded, @Nullable String legalBasis, @Nullable String instrument, List<Source> sources) {
	}

	private Stacking() {
	}

	static List<TariffLayer> layers(LocalDate date, List<Candidate> candidates) {
		Map<String, List<Candidate>> byLayer = new TreeMap<>();
		candidates.forEach(c -> byLayer.computeIfAbsent(c.measure().layer(), k -> new ArrayList<>()).add(c));
		List<TariffLayer> layers = new ArrayList<>();
		byLayer.forEach((layer, inLayer) -> layers.add(layer(layer, inLayer, date)));
		return List.copyOf(layers);
	}

	/**
	 * The measures that decide their layers and are not suspended, by id: what a good is subject to when an exemption
	 * holds for goods subject to a measure. A measure its layer's rule sets aside does not count (a line Annex II of
	 * the metals regime names is not subject to Annex I-B, though Annex I-B's list names its subheading).
	 */
	static Map<String, TariffMeasure> deciding(LocalDate date, List<Candidate> candidates) {
		Map<String, List<Candidate>> byLayer = new TreeMap<>();
		for (Candidate c : candidates) {
			if (!c.measure().suspendedOn(date)) {
				byLayer.computeIfAbsent(c.measure().layer(), k -> new ArrayList<>()).add(c);
			}
		}
		Map<String, TariffMeasure> deciding = new LinkedHashMap<>();
		byLayer.values().forEach(active -> {
			TariffMeasure m = active.stream().max(rule(active)).orElseThrow().measure();
			deciding.put(id(m), m);
		});
		return deciding;
	}

	private static TariffLayer layer(String layer, List<Candidate> inLayer, LocalDate date) {
		List<Candidate> active = new ArrayList<>(inLayer.size());
		for (Candidate c : inLayer) {
			if (!c.measure().suspendedOn(date)) {
				active.add(c);
			}
		}
		if (active.isEmpty()) {
			Candidate suspended = inLayer.stream().max(Stacking::newer).orElseThrow();
			TariffMeasure m = suspended.measure();
			// suspended on the date, so it has a suspension date
			LocalDate suspendedFrom = Objects.requireNonNull(m.suspendedFrom());
			String reason = (suspendedFrom.isAfter(inForceFrom(m)))
					? "%s is suspended from %s".formatted(m.title(), suspendedFrom)
					: "%s was suspended from %s, before it took effect: it never applied".formatted(m.title(),
							suspendedFrom);
			return new TariffLayer(layer, m, m.rate(), false, reason, List.of(), List.of(), others(inLayer, suspended),
					m.legalBasis(), m.instrument(), suspended.sources());
		}
		Candidate winner = active.stream().max(rule(active)).orElseThrow();
		List<Relief> removing = new ArrayList<>();
		Map<String, TariffMeasure> subjectTo = new LinkedHashMap<>();
		for (Relief relief : winner.reliefs()) {
			if (ExemptionKind.of(relief.exemption().exemptionKind()).map(ExemptionKind::removesLayer).orElse(false)) {
				removing.add(relief);
				relief.subjectTo().forEach(s -> subjectTo.putIfAbsent(s.id(), s));
			}
		}
		TariffMeasure m = winner.measure();
		List<Exemption> exemptedBy = new ArrayList<>(removing.size());
		removing.forEach(r -> exemptedBy.add(r.exemption()));
		return new TariffLayer(layer, m, m.rate(), removing.isEmpty(), removing.isEmpty() ? null : reason(removing),
				List.copyOf(exemptedBy), List.copyOf(subjectTo.values()), others(inLayer, winner), m.legalBasis(),
				m.instrument(), winner.sources());
	}

	/** "Exempted by title (id) because the good is subject to title (id) and …; …", built once per line and layer. */
	private static String reason(List<Relief> removing) {
		StringJoiner reasons = new StringJoiner("; ");
		for (Relief r : removing) {
			String exemption = "Exempted by " + r.exemption().title() + " (" + r.exemption().id() + ")";
			if (r.subjectTo().isEmpty()) {
				reasons.add(exemption);
				continue;
			}
			StringJoiner measures = new StringJoiner(" and ");
			r.subjectTo().forEach(s -> measures.add(s.title() + " (" + s.id() + ")"));
			reasons.add(exemption + " because the good is subject to " + measures);
		}
		return reasons.toString();
	}

	private static List<TariffMeasure> others(List<Candidate> inLayer, Candidate winner) {
		return inLayer.stream()
			.filter(c -> c != winner)
			.map(Candidate::measure)
			.sorted(Comparator.comparing(TariffMeasure::id))
			.toList();
	}

	/** The layer's rule: the one all its measures in force name, else the newest. */
	private static Comparator<Candidate> rule(List<Candidate> active) {
		LayerRule named = LayerRule.of(active.get(0).measure().layerRule()).orElse(LayerRule.NEWEST);
		for (Candidate c : active) {
			if (LayerRule.of(c.measure().layerRule()).orElse(LayerRule.NEWEST) != named) {
				return Stacking::newer;
			}
		}
		return switch (named) {
			case NEWEST -> Stacking::newer;
			case HIGHEST -> Comparator
				.<Candidate, BigDecimal>comparing(c -> Objects.requireNonNullElse(c.measure().rate(), BigDecimal.ZERO))
				.thenComparing(Stacking::newer);
			case MOST_SPECIFIC -> Comparator.comparingInt(Candidate::listedAt).thenComparing(Stacking::newer);
		};
	}

	/** Whether the total counts every layer that applies: none applies without a rate in the graph. */
	static boolean complete(List<TariffLayer> layers) {
		for (TariffLayer l : layers) {
			if (l.applies() && l.rate() == null) {
				return false;
			}
		}
		return true;
	}

	static BigDecimal total(List<TariffLayer> layers) {
		return layers.stream()
			.filter(TariffLayer::applies)
			.map(TariffLayer::rate)
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Orders two measures of a layer: later start first, then the amending one. */
	private static int newer(Candidate a, Candidate b) {
		int byStart = inForceFrom(a.measure()).compareTo(inForceFrom(b.measure()));
		if (byStart != 0) {
			return byStart;
		}
		if (a.amends().contains(id(b.measure()))) {
			return 1;
		}
		if (b.amends().contains(id(a.measure()))) {
			return -1;
		}
		return id(b.measure()).compareTo(id(a.measure()));
	}

	/** A candidate's id: the query reads the measures whole. */
	static String id(TariffMeasure measure) {
		return Objects.requireNonNull(measure.id(), "a measure read whole has its id");
	}

	/** A candidate's start: the query reads only measures in force on the date, which have one. */
	private static LocalDate inForceFrom(TariffMeasure measure) {
		return Objects.requireNonNull(measure.inForceFrom(), "a measure in force has its start");
	}

}
