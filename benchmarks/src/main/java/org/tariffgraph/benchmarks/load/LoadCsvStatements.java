package org.tariffgraph.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import org.tariffgraph.importer.dataset.Column;
import org.tariffgraph.importer.dataset.DatasetFormat;
import org.tariffgraph.importer.dataset.Table;
import org.tariffgraph.importer.dataset.ValueType;
import org.tariffgraph.model.EntityKind;

/**
 * Neo4j's own bulk path for the same files: one {@code LOAD CSV … CALL { … } IN TRANSACTIONS} statement per
 * file for its nodes and one per reference column, generated from the dataset format. Types are converted
 * in Cypher ({@code date()}, {@code toFloat()}, {@code split()}); nothing is validated.
 */
final class LoadCsvStatements {

	private LoadCsvStatements() {
	}

	static List<String> forFiles(Set<String> present, int batchSize) {
		List<String> nodes = new ArrayList<>();
		List<String> relationships = new ArrayList<>();
		for (Table table : DatasetFormat.tables()) {
			if (!present.contains(table.file())) {
				continue;
			}
			String key = keyExpression(table);
			String uid = "'" + table.kind().prefix() + ":' + " + key;
			StringJoiner set = new StringJoiner(", ");
			set.add("n." + table.kind().keyProperty() + " = " + key);
			for (Column column : table.columns()) {
				if (column instanceof Column.Property property && !property.name().equals(table.keyColumn())) {
					set.add("n." + property.name() + " = " + convert(property));
				}
			}
			if (table.kind() == EntityKind.MEASURE) {
				set.add("n.coversAllGoods = (row.goods = '*')");
			}
			if (table.kind() == EntityKind.GOOD) {
				set.add("n.level = size(row.hsCode)");
			}
			if (table.kind() == EntityKind.INDUSTRY) {
				// as the importer derives them (IndustryCode.level and sectors): sectors are level 2 and know the two-digit
				// codes they span; written again in Cypher on purpose, as the baseline is Neo4j's path without our Java
				set.add("n.level = CASE WHEN row.naicsCode CONTAINS '-' THEN 2 ELSE size(row.naicsCode) END");
				set.add("n.sectorCodes = CASE WHEN row.naicsCode CONTAINS '-' THEN [x IN range(toInteger(left(row.naicsCode, 2)), "
						+ "toInteger(right(row.naicsCode, 2))) | toString(x)] WHEN size(row.naicsCode) = 2 THEN [row.naicsCode] END");
			}
			nodes.add("""
					LOAD CSV WITH HEADERS FROM 'file:///%s' AS row
					CALL (row) {
					  MERGE (n:Entity {uid: %s})
					  SET n:%s, %s
					} IN TRANSACTIONS OF %d ROWS""".formatted(table.file(), uid, table.kind().label(), set, batchSize));
			for (Column column : table.columns()) {
				if (column instanceof Column.Reference reference) {
					String target = reference.typed() ? "target"
							: "'" + reference.targets().iterator().next().prefix() + ":' + target";
					String arrow = reference.incoming() ? "(a)<-[:%s]-(b)" : "(a)-[:%s]->(b)";
					relationships.add("""
							LOAD CSV WITH HEADERS FROM 'file:///%s' AS row
							WITH row WHERE row.%s IS NOT NULL AND row.%s <> '*'
							CALL (row) {
							  MATCH (a:Entity {uid: %s})
							  UNWIND split(row.%s, ';') AS target
							  MATCH (b:Entity {uid: %s})
							  MERGE %s
							} IN TRANSACTIONS OF %d ROWS""".formatted(table.file(), reference.name(), reference.name(), uid,
							reference.name(), target, arrow.formatted(reference.type().name()), batchSize));
				}
			}
		}
		nodes.addAll(relationships);
		return nodes;
	}

	private static String keyExpression(Table table) {
		if (table.keyColumn() != null) {
			return "row." + table.keyColumn();
		}
		// a key made of columns (roles: official/title/from), a text made a slug about as the importer makes it
		StringJoiner parts = new StringJoiner(" + '/' + ");
		for (String part : table.keyParts()) {
			boolean text = table.columns().stream()
				.anyMatch(c -> c.name().equals(part) && c instanceof Column.Property p && p.type() == ValueType.TEXT);
			parts.add(text ? "toLower(replace(row." + part + ", ' ', '-'))" : "row." + part);
		}
		return parts.toString();
	}

	private static String convert(Column.Property property) {
		String cell = "row." + property.name();
		if (property.list()) {
			return "coalesce(split(" + cell + ", ';'), [])";
		}
		return switch (property.type()) {
			case DATE -> "date(" + cell + ")";
			case PERCENT -> "toFloat(replace(" + cell + ", '%', ''))";
			case DECIMAL -> "toFloat(" + cell + ")";
			default -> cell;
		};
	}

}
