package org.tariffgraph.api.tariff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.tariffgraph.model.read.Exemption;
import org.tariffgraph.model.read.Source;
import org.tariffgraph.model.read.TariffMeasure;

/**
 * The stacking rules: measures of one layer replace each other (the newest in force wins; on the same day,
 * the one that amends the other), layers stack, and an exemption that takes the good out of a layer's
 * measure removes that layer (a no-stacking rule is such an exemption).
 */
final class Stacking {

	/** Exemption kinds that take a layer away; offsets and refunds relieve without removing it. */
	static final Set<String> REMOVING = Set.of("goods", "industry", "no-stacking");

	/** A measure in force on the day, with what it amends and what exempts the good from it. */
	record Candidate(TariffMeasure measure, Set<String> amends, List<Exemption> exemptions, List<Source> sources) {
	}

	/** One layer of the answer. */
	record TariffLayer(String layer, TariffMeasure measure, BigDecimal rate, boolean applies, List<Exemption> exemptedBy,
			List<TariffMeasure> superseded, String legalBasis, String instrument, List<Source> sources) {
	}

	private Stacking() {
	}

	static List<TariffLayer> layers(List<Candidate> candidates) {
		Map<String, List<Candidate>> byLayer = new TreeMap<>();
		candidates.forEach(c -> byLayer.computeIfAbsent(c.measure().layer(), k -> new ArrayList<>()).add(c));
		List<TariffLayer> layers = new ArrayList<>();
		byLayer.forEach((layer, inLayer) -> {
			Candidate winner = inLayer.stream().max(Stacking::newer).orElseThrow();
			List<TariffMeasure> superseded = inLayer.stream()
				.filter(c -> c != winner)
				.map(Candidate::measure)
				.sorted(Comparator.comparing(TariffMeasure::id))
				.toList();
			List<Exemption> removing = winner.exemptions().stream().filter(e -> REMOVING.contains(e.exemptionKind())).toList();
			layers.add(new TariffLayer(layer, winner.measure(), winner.measure().rate(), removing.isEmpty(), removing,
					superseded, winner.measure().legalBasis(), winner.measure().instrument(), winner.sources()));
		});
		return List.copyOf(layers);
	}

	static BigDecimal total(List<TariffLayer> layers) {
		return layers.stream()
			.filter(TariffLayer::applies)
			.map(TariffLayer::rate)
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Orders two measures of a layer: later start first, then the amending one. */
	private static int newer(Candidate a, Candidate b) {
		int byStart = a.measure().inForceFrom().compareTo(b.measure().inForceFrom());
		if (byStart != 0) {
			return byStart;
		}
		if (a.amends().contains(b.measure().id())) {
			return 1;
		}
		if (b.amends().contains(a.measure().id())) {
			return -1;
		}
		return b.measure().id().compareTo(a.measure().id());
	}

}
