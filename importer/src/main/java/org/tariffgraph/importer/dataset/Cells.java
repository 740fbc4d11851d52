package org.tariffgraph.importer.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.tariffgraph.importer.csv.CsvField;
import org.tariffgraph.importer.dataset.Column.Property;
import org.tariffgraph.importer.dataset.Column.Reference;
import org.tariffgraph.importer.dataset.Row.Link;
import org.tariffgraph.importer.dataset.Row.Target;
import org.tariffgraph.model.EntityKind;

/**
 * Cells as values: a list cell split on semicolons, each value with the column where it starts, read as its
 * column's type or as references to other rows.
 */
final class Cells {

	private Cells() {
	}

	/** A value of a cell and the column it starts at. */
	record Piece(String text, int column) {
	}

	/**
	 * A property's non-blank cell as its type reads it: one value, or the list of them; each piece that is not of the
	 * type is reported where it starts, and left out.
	 */
	static @Nullable Object value(Table table, Property property, CsvField field, String raw, Problems problems) {
		List<Object> values = new ArrayList<>();
		for (Piece piece : pieces(field, raw, property.list())) {
			try {
				values.add(property.type().parse(piece.text()));
			}
			catch (IllegalArgumentException ex) {
				problems.add(table.file(), field.line(), piece.column(), "expected in '%s' %s, found '%s'"
					.formatted(property.name(), property.type().expected(), piece.text()));
			}
		}
		return property.list() ? values : values.isEmpty() ? null : values.get(0);
	}

	/** A reference's non-blank cell as the link to its targets; each piece that names none is reported, and left out. */
	static Link link(Table table, Reference reference, CsvField field, String raw, Problems problems) {
		List<Target> targets = new ArrayList<>();
		for (Piece piece : pieces(field, raw, reference.list())) {
			String uid = targetUid(table, reference, piece, field, problems);
			if (uid != null) {
				targets.add(new Target(uid, field.line(), piece.column()));
			}
		}
		return new Link(reference, targets);
	}

	/** Splits a cell on semicolons, keeping each piece's column. */
	static List<Piece> pieces(CsvField field, String raw, boolean list) {
		int base = field.column() + (field.quoted() ? 1 : 0) + leading(field.value());
		if (!list) {
			return List.of(new Piece(raw, base));
		}
		List<Piece> pieces = new ArrayList<>();
		int offset = 0;
		for (String part : raw.split(";", -1)) {
			String text = part.trim();
			if (!text.isEmpty()) {
				pieces.add(new Piece(text, base + offset + leading(part)));
			}
			offset += part.length() + 1;
		}
		return pieces;
	}

	private static int leading(String text) {
		int n = 0;
		while (n < text.length() && Character.isWhitespace(text.charAt(n))) {
			n++;
		}
		return n;
	}

	/**
	 * The uid a reference value names: a bare key where the column has one target kind, a typed reference
	 * ({@code country:CN}) where it has several; null, with the problem added, where it names none.
	 */
	static @Nullable String targetUid(Table table, Reference reference, Cells.Piece piece, CsvField field,
			Problems problems) {
		EntityKind kind;
		String key;
		if (reference.typed()) {
			int colon = piece.text().indexOf(':');
			var prefixed = (colon > 0) ? EntityKind.byPrefix(piece.text().substring(0, colon)) : Optional.<EntityKind>empty();
			if (prefixed.isEmpty() || !reference.targets().contains(prefixed.get())) {
				problems.add(table.file(), field.line(), piece.column(), "expected in '%s' a typed reference (%s), found '%s'"
					.formatted(reference.name(), String.join(", ",
							reference.targets().stream().map(k -> k.prefix() + ":…").sorted().toList()), piece.text()));
				return null;
			}
			kind = prefixed.get();
			key = piece.text().substring(colon + 1);
		}
		else {
			kind = reference.targets().iterator().next();
			key = piece.text();
		}
		ValueType keyType = switch (kind) {
			case COUNTRY -> ValueType.ISO2;
			case GOOD -> ValueType.HS_CODE;
			case INDUSTRY -> ValueType.NAICS_CODE;
			case ROLE -> ValueType.TEXT;
			default -> ValueType.SLUG;
		};
		try {
			keyType.parse(key);
		}
		catch (IllegalArgumentException ex) {
			problems.add(table.file(), field.line(), piece.column(), "expected in '%s' %s, found '%s'"
				.formatted(reference.name(), keyType.expected(), key));
			return null;
		}
		return kind.uid(key);
	}

}
