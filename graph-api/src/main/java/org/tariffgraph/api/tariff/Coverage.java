package org.tariffgraph.api.tariff;

import java.util.List;
import java.util.Set;

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

		boolean covers(String line) {
			return this.allGoods || coversCode(this.codes, line);
		}

	}

	/**
	 * An exemption in force from some of those measures.
	 * @param codes the codes it covers by name or through the industries that make them
	 * @param whenSubjectTo ids of the measures whose goods it exempts while they cover them
	 */
	record Exempting(Exemption exemption, Set<String> codes, Set<String> exemptsFrom, Set<String> whenSubjectTo) {
	}

	/** Whether one of the codes is the line or a code above it: a heading covers its subheadings and lines. */
	static boolean coversCode(Set<String> codes, String line) {
		for (int length = 2; length <= line.length(); length += 2) {
			if (codes.contains(line.substring(0, length))) {
				return true;
			}
		}
		return false;
	}

}
