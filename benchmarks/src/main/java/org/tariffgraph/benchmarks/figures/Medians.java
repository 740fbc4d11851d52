package org.tariffgraph.benchmarks.figures;

import java.util.Arrays;
import java.util.Collection;

/** Medians, the figure every benchmark reports: one slow repeat on a shared machine does not move it. */
public final class Medians {

	private Medians() {
	}

	public static double of(double... values) {
		if (values.length == 0) {
			throw new IllegalArgumentException("no values");
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	public static double of(Collection<Double> values) {
		return of(values.stream().mapToDouble(Double::doubleValue).toArray());
	}

}
