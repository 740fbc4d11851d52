package org.tariffgraph.importer.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects every problem of every file, up to a cap per file, so that one run shows the user all there is
 * to fix rather than the first mistake.
 */
public final class Problems {

	/**
	 * How many problems of one file are listed unless the user asks for another number ({@code --max-problems}):
	 * enough to show a pattern in a broken file, few enough to read.
	 */
	public static final int LISTED_PER_FILE = 50;

	private final int maxPerFile;

	private final List<Problem> problems = new ArrayList<>();

	private final Map<String, Integer> perFile = new HashMap<>();

	private final Map<String, Integer> suppressed = new HashMap<>();

	public Problems(int maxPerFile) {
		this.maxPerFile = maxPerFile;
	}

	public void add(String file, int line, int column, String message) {
		int count = this.perFile.merge(file, 1, Integer::sum);
		if (count > this.maxPerFile) {
			this.suppressed.merge(file, 1, Integer::sum);
			return;
		}
		this.problems.add(new Problem(file, line, column, message));
	}

	public boolean isEmpty() {
		return this.problems.isEmpty();
	}

	/** The problems kept, in the order they were found. */
	public List<Problem> list() {
		return List.copyOf(this.problems);
	}

	/** The total number of problems found, including those past the cap. */
	public int total() {
		return this.perFile.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** Lines to print: every problem kept, then a line per file whose problems were cut at the cap. */
	public List<String> describe() {
		List<String> lines = new ArrayList<>(this.problems.stream().map(Problem::toString).toList());
		this.suppressed.forEach((file, n) -> lines
			.add("%s: %d more problem(s) not shown (at most %d per file; see --max-problems)".formatted(file, n,
					this.maxPerFile)));
		return lines;
	}

}
