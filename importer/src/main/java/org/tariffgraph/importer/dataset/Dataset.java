package org.tariffgraph.importer.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A whole dataset, read and validated: its rows grouped by file, in the order files are written. */
public record Dataset(String name, Map<Table, List<Row>> rowsByTable) {

	public int rowCount() {
		return this.rowsByTable.values().stream().mapToInt(List::size).sum();
	}

	/** Rows per file name, for reports. */
	public Map<String, Integer> rowCounts() {
		return this.rowsByTable.entrySet()
			.stream()
			.collect(Collectors.toMap(e -> e.getKey().file(), e -> e.getValue().size(), (a, b) -> a,
					LinkedHashMap::new));
	}

}
