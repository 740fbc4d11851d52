package org.tariffgraph.api.tariff;

import java.util.List;
import java.util.Set;

import org.tariffgraph.model.GoodsCode;
import org.tariffgraph.model.read.Exemption;
import org.tariffgraph.model.read.Source;
import org.tariffgraph.model.read.TariffMeasure;

/**
 * What the graph says about the goods asked for, before the stacking rules: the measures in force and the
 * exemptions from them, each with the codes among those goods it covers.
 */
record Coverage(List<Measure> measures, List<Exempting> exemptions) {

	/**
	 * A measure in force on the day for the origin and destination.
	 * @param codes the codes it covers among the goods asked for and the codes above them
	 */
	record Measure(TariffMeasure measure, boolean allGoods, Set<String> codes, List<String> amends,
			List<Source> sources) {

		/** Whether it covers a line, given as the line's code and the codes above it. */
		boolean covers(List<String> lineAndAbove) {
			return this.allGoods || coversAny(this.codes, lineAndAbove);
		}

		/**
		 * How specifically it names a line it covers: the length of the longest of the line's code and the codes
		 * above it that it names, 0 where it covers all goods.
		 */
		int listedAt(List<String> lineAndAbove) {
			for (int i = lineAndAbove.size() - 1; i >= 0; i--) {
				if (this.codes.contains(lineAndAbove.get(i))) {
					return lineAndAbove.get(i).length();
				}
			}
			return 0;
		}

	}

	/**
	 * An exemption in force from some of those measures.
	 * @param codes the codes it covers by name or through the industries that make them
	 * @param whenSubjectTo ids of the measures whose goods it exempts while they cover them
	 */
	record Exempting(Exemption exemption, Set<String> codes, Set<String> exemptsFrom, Set<String> whenSubjectTo) {
	}

	/**
	 * Whether one of the codes is the line or a code above it, the line given as its code and the codes above
	 * it ({@link GoodsCode#selfAndAncestors}): a heading covers its subheadings and lines.
	 */
	static boolean coversAny(Set<String> codes, List<String> lineAndAbove) {
		for (String code : lineAndAbove) {
			if (codes.contains(code)) {
				return true;
			}
		}
		return false;
	}

}
