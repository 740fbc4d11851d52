package org.tariffgraph.api.tariff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tariffgraph.api.tariff.Stacking.TariffLayer;
import org.tariffgraph.model.RateBase;

/**
 * What the layers that apply to a line come to, in percent of the good's customs value. Where a layer is charged on
 * the value of a metal content, or on the value less it, the total depends on what share of the value that content
 * is, which the graph does not know: there is then no single total, only the totals at the extremes ({@link #cases}),
 * where the good has none of those contents and where one of them is its whole value. The total is linear in the
 * shares, and the shares add up to at most the whole, so those extremes hold the lowest and the highest total.
 * @param total the sum of the rates, null where it depends on a content
 * @param cases the totals at the extremes, empty where no layer depends on a content
 */
record Totals(@Nullable BigDecimal total, BigDecimal min, BigDecimal max, List<ContentCase> cases) {

	/**
	 * The total where the good's value is all of one content, or none of those the layers charge.
	 * @param base the content taken as the whole value, null for none of them
	 */
	record ContentCase(@Nullable RateBase base, BigDecimal totalRate) {

		/** The content as the API gives it, the graph's word for it; null for none. */
		public @Nullable String content() {
			return (this.base == null) ? null : this.base.value();
		}

	}

	static Totals of(List<TariffLayer> layers) {
		EnumSet<RateBase> contents = EnumSet.noneOf(RateBase.class);
		for (TariffLayer l : layers) {
			// a layer that adds nothing makes no range
			if (l.applies() && l.rate() != null && l.rate().signum() != 0) {
				if (l.base().isContent()) {
					contents.add(l.base());
				}
				contents.addAll(l.except());
			}
		}
		if (contents.isEmpty()) {
			BigDecimal total = at(layers, null);
			return new Totals(total, total, total, List.of());
		}
		List<ContentCase> cases = new ArrayList<>(contents.size() + 1);
		cases.add(new ContentCase(null, at(layers, null)));
		contents.forEach(c -> cases.add(new ContentCase(c, at(layers, c))));
		return new Totals(null, cases.stream().map(ContentCase::totalRate).min(Comparator.naturalOrder()).orElseThrow(),
				cases.stream().map(ContentCase::totalRate).max(Comparator.naturalOrder()).orElseThrow(), List.copyOf(cases));
	}

	/** The sum of the rates that apply with the whole value made of {@code content}, or of none where null. */
	private static BigDecimal at(List<TariffLayer> layers, @Nullable RateBase content) {
		BigDecimal total = BigDecimal.ZERO;
		for (TariffLayer l : layers) {
			if (!l.applies() || l.rate() == null) {
				continue;
			}
			boolean charged = l.base().isContent() ? l.base() == content
					: content == null || !l.except().contains(content);
			if (charged) {
				total = total.add(l.rate());
			}
		}
		return total;
	}

}
