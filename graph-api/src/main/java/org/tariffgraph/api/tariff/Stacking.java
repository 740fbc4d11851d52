package org.tariffgraph.api.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.tariffgraph.model.LayerRule;
import org.tariffgraph.model.RateBase;
import org.tariffgraph.model.read.Exemption;
import org.tariffgraph.model.read.Source;
import org.tariffgraph.model.read.TariffMeasure;

/**
 * The stacking rules for one good: layers stack; within a layer the measures in force resolve by the layer's
 * rule ({@link LayerRule}: the newest, the highest rate, or the most specific listing); a suspended measure never
 * applies; an exemption that takes the good out of the winning measure removes its layer, whether it names the
 * good or holds for goods subject to another measure that decides its own layer (EO 14257 s.3(b)). Every layer
 * that does not apply says why.
 */
final class Stacking {

	/**
	 * A measure in force on the day that covers the good, with what it amends.
	 * @param listedAt how specifically its product lists name the good: the length of the longest code that names
	 * it (10 for the line itself, 6 for its HS-6 subheading), 0 for a measure of all goods
	 */
	record Candidate(TariffMeasure measure, List<String> amends, List<Source> sources, int listedAt) {
	}

	/**
	 * What relieves the good of the measure that decides a layer, given every measure that decides its layer (by
	 * id): an exemption for goods subject to a measure holds only where that measure decides its own layer (a line
	 * Annex II of the metals regime names is not subject to Annex I-B, though Annex I-B's list names its subheading).
	 * Asked once per layer, of its winner only.
	 */
	@FunctionalInterface
	interface Reliefs {

		List<Relief> of(Candidate winner, Map<String, TariffMeasure> deciding);

	}

	/**
	 * One layer of the answer.
	 * @param base what the rate is charged on, as the measure says ({@link RateBase})
	 * @param except the contents an exemption relieves of a layer charged on the whole value, which then charges
	 * only the rest ({@link org.tariffgraph.model.ReliefExtent#CHARGED_CONTENT}), in the order of {@link RateBase}
	 */
	record TariffLayer(String layer, TariffMeasure measure, @Nullable BigDecimal rate, RateBase base,
			List<RateBase> except, boolean applies, @Nullable String reason, List<Exemption> exemptedBy,
			List<TariffMeasure> subjectTo, List<TariffMeasure> superseded, @Nullable String legalBasis,
			@Nullable String instrument, List<Source> sources) {

		/** The base as the API gives it, the graph's word for it, read by graphql-java as the field's property. */
		public String rateBase() {
			return this.base.value();
		}

		/** The contents not charged, as words. */
		public List<String> exceptContent() {
			return this.except.stream().map(RateBase::value).toList();
		}

	}

	/** Measures by id, the order every list of measures in a layer is given in. */
	static final Comparator<TariffMeasure> BY_ID = Comparator.comparing(Stacking::id);

	private Stacking() {
	}

	/** The layers, in layer order: each decided first, so that every relief knows what decides the others. */
	static List<TariffLayer> layers(LocalDate date, List<Candidate> candidates, Reliefs reliefs) {
		Map<String, List<Candidate>> byLayer = new TreeMap<>();
		candidates.forEach(c -> byLayer.computeIfAbsent(c.measure().layer(), k -> new ArrayList<>()).add(c));
		Map<String, Candidate> winners = new TreeMap<>();
		Map<String, TariffMeasure> deciding = new LinkedHashMap<>();
		byLayer.forEach((layer, inLayer) -> {
			List<Candidate> active = new ArrayList<>(inLayer.size());
			for (Candidate c : inLayer) {
				if (!c.measure().suspendedOn(date)) {
					active.add(c);
				}
			}
			if (!active.isEmpty()) {
				Candidate winner = active.stream().max(rule(active)).orElseThrow();
				winners.put(layer, winner);
				deciding.put(id(winner.measure()), winner.measure());
			}
		});
		List<TariffLayer> layers = new ArrayList<>(byLayer.size());
		byLayer.forEach((layer, inLayer) -> {
			Candidate winner = winners.get(layer);
			layers.add((winner == null) ? suspended(layer, inLayer)
					: decided(layer, inLayer, winner, reliefs.of(winner, deciding)));
		});
		return List.copyOf(layers);
	}

	/** A layer whose measures are all suspended on the day: the newest of them, not applying, and why. */
	private static TariffLayer suspended(String layer, List<Candidate> inLayer) {
		Candidate suspended = inLayer.stream().max(Stacking::newer).orElseThrow();
		TariffMeasure m = suspended.measure();
		// suspended on the date, so it has a suspension date
		LocalDate suspendedFrom = Objects.requireNonNull(m.suspendedFrom());
		String reason = (suspendedFrom.isAfter(inForceFrom(m)))
				? "%s is suspended from %s".formatted(m.title(), suspendedFrom)
				: "%s was suspended from %s, before it took effect: it never applied".formatted(m.title(), suspendedFrom);
		return new TariffLayer(layer, m, m.rate(), rateBase(m), List.of(), false, reason, List.of(), List.of(),
				others(inLayer, suspended), m.legalBasis(), m.instrument(), suspended.sources());
	}

	/**
	 * A layer its winner decides: applying unless an exemption that removes a layer relieves the good of it; applying
	 * to the value less some content where every such exemption relieves only the content charged by the measures the
	 * good is subject to and the layer itself is charged on the value (a relief of a layer charged on a content takes
	 * the whole layer).
	 */
	private static TariffLayer decided(String layer, List<Candidate> inLayer, Candidate winner, List<Relief> reliefs) {
		TariffMeasure m = winner.measure();
		boolean onValue = !rateBase(m).isContent();
		List<Relief> removing = new ArrayList<>();
		EnumSet<RateBase> except = EnumSet.noneOf(RateBase.class);
		boolean whole = false;
		for (Relief relief : reliefs) {
			if (relief.removesLayer()) {
				removing.add(relief);
				Set<RateBase> content = onValue ? relief.chargedContent() : Set.of();
				whole |= content.isEmpty();
				except.addAll(content);
			}
		}
		Map<String, TariffMeasure> subjectTo = new LinkedHashMap<>();
		List<Exemption> exemptedBy = new ArrayList<>(removing.size());
		for (Relief r : removing) {
			exemptedBy.add(r.exemption());
			r.subjectTo().forEach(s -> subjectTo.putIfAbsent(s.id(), s));
		}
		String reason = null;
		if (whole) {
			reason = Relief.reason(removing);
		}
		else if (!except.isEmpty()) {
			reason = "Charged only on the value other than the " + Relief.contentWords(except) + ": " + Relief.reason(removing);
		}
		return new TariffLayer(layer, m, m.rate(), rateBase(m), whole ? List.of() : List.copyOf(except), !whole, reason,
				List.copyOf(exemptedBy), List.copyOf(subjectTo.values()), others(inLayer, winner), m.legalBasis(),
				m.instrument(), winner.sources());
	}

	/** What a measure's rate is charged on; a word the importer did not know is read as the whole value. */
	static RateBase rateBase(TariffMeasure measure) {
		return RateBase.of(measure.rateBase()).orElse(RateBase.VALUE);
	}

	/**
	 * The layer's other measures, by id. A loop rather than a stream: on one line the stream's pipeline was half of
	 * the stacking's samples (JFR, 1 Dec 2026), most layers having no other measure at all.
	 */
	private static List<TariffMeasure> others(List<Candidate> inLayer, Candidate winner) {
		if (inLayer.size() == 1) {
			return List.of();
		}
		List<TariffMeasure> others = new ArrayList<>(inLayer.size() - 1);
		for (Candidate c : inLayer) {
			if (c != winner) {
				others.add(c.measure());
			}
		}
		others.sort(BY_ID);
		return List.copyOf(others);
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
