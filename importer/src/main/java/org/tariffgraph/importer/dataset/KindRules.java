package org.tariffgraph.importer.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tariffgraph.importer.csv.CsvField;
import org.tariffgraph.importer.csv.CsvRecord;
import org.tariffgraph.importer.dataset.Row.Link;
import org.tariffgraph.model.Confidence;
import org.tariffgraph.model.EntityKind;
import org.tariffgraph.model.IndustryCode;

/**
 * The rules of particular kinds beyond a cell's type, as the tables declare them: periods in order
 * ({@link Column.Property#endOf}), keys made of several columns ({@link Table#keyParts}, a role's of its official,
 * title and start), and the properties derived from others.
 */
public final class KindRules {

	private KindRules() {
	}

	/** Every period of the row ends on or after it starts. */
	static void checkDates(Table table, CsvRecord record, Column[] columnAt, Map<String, Object> props,
			Problems problems) {
		for (Column column : table.columns()) {
			if (column instanceof Column.Property end && end.startColumn() != null
					&& props.get(end.startColumn()) instanceof LocalDate from && props.get(end.name()) instanceof LocalDate until
					&& until.isBefore(from)) {
				CsvField field = record.field(Arrays.asList(columnAt).indexOf(end));
				problems.add(table.file(), field.line(), field.column(), "expected '%s' on or after '%s' (%s), found %s"
					.formatted(end.name(), end.startColumn(), from, until));
			}
		}
	}

	/**
	 * The key a table declares as made of {@code parts} ({@link Table#keyParts}): each part a reference by its
	 * target's key, a text as a slug, anything else (a date) as written; joined with {@code /}, like
	 * {@code donald-trump/president-of-the-united-states/2025-01-20}.
	 */
	static String madeKey(List<String> parts, List<Link> links, Map<String, Object> props) {
		List<String> made = new ArrayList<>();
		for (String part : parts) {
			var reference = links.stream().filter(l -> l.column().name().equals(part)).findFirst();
			if (reference.isPresent()) {
				made.add(reference.get().targets().stream()
					.map(t -> t.uid().substring(t.uid().indexOf(':') + 1))
					.findFirst()
					.orElse("?"));
			}
			else if (props.get(part) instanceof String text) {
				made.add(text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
			}
			else {
				made.add(String.valueOf(props.get(part)));
			}
		}
		return String.join("/", made);
	}

	/** Properties that follow from others, stored so that queries and the full-text index can use them. */
	public static void derive(EntityKind kind, String key, Map<String, Object> props) {
		props.put(kind.keyProperty(), key);
		if (props.containsKey("aliases")) {
			Object aliases = props.get("aliases");
			props.put("aliasText", (aliases instanceof List<?> list && !list.isEmpty())
					? String.join("; ", list.stream().map(String::valueOf).toList()) : null);
			if (aliases == null) {
				props.put("aliases", List.of());
			}
		}
		switch (kind) {
			case GOOD -> props.put("level", (long) key.length());
			case INDUSTRY -> props.put("level", (long) IndustryCode.level(key));
			case MEASURE -> props.putIfAbsent("coversAllGoods", false);
			default -> {
			}
		}
		if (kind == EntityKind.INDUSTRY && IndustryCode.level(key) == 2) {
			props.put("sectorCodes", IndustryCode.sectors(key));
		}
		if (props.containsKey("confidence") && props.get("confidence") == null) {
			props.put("confidence", Confidence.DEFAULT.value());
		}
	}

}
