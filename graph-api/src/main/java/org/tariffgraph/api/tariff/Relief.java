package org.tariffgraph.api.tariff;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import org.tariffgraph.model.ExemptionKind;
import org.tariffgraph.model.RateBase;
import org.tariffgraph.model.ReliefExtent;
import org.tariffgraph.model.read.Exemption;
import org.tariffgraph.model.read.TariffMeasure;

/**
 * An exemption that relieves the good of a measure; {@code subjectTo} is why, where it is a rule (the measures the
 * good is subject to that the exemption holds for).
 */
record Relief(Exemption exemption, List<TariffMeasure> subjectTo) {

	/** Whether it takes the layer away rather than paying back what was paid ({@link ExemptionKind#removesLayer}). */
	boolean removesLayer() {
		return ExemptionKind.of(this.exemption.exemptionKind()).map(ExemptionKind::removesLayer).orElse(false);
	}

	/**
	 * The contents it takes out of a layer charged on the value, where it takes out only those: an exemption that
	 * relieves the content charged by the measures the good is subject to ({@link ReliefExtent#CHARGED_CONTENT}), each
	 * of which charges a content. Empty where it relieves the whole good.
	 */
	Set<RateBase> chargedContent() {
		if (this.subjectTo.isEmpty() || ReliefExtent.of(this.exemption.reliefExtent())
			.orElse(ReliefExtent.WHOLE_VALUE) != ReliefExtent.CHARGED_CONTENT) {
			return Set.of();
		}
		EnumSet<RateBase> content = EnumSet.noneOf(RateBase.class);
		for (TariffMeasure s : this.subjectTo) {
			RateBase base = Stacking.rateBase(s);
			if (!base.isContent()) {
				return Set.of();
			}
			content.add(base);
		}
		return content;
	}

	/** "Exempted by title (id) because the good is subject to title (id) and …; …", built once per line and layer. */
	static String reason(List<Relief> removing) {
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

	/** "steel content", "steel and aluminium content". */
	static String contentWords(Set<RateBase> contents) {
		StringJoiner words = new StringJoiner(" and ", "", " content");
		contents.forEach(c -> words.add(String.valueOf(c.material())));
		return words.toString();
	}

}
