package org.tariffgraph.importer.csv;

/** One field's text and where it starts (1-based line and column). */
public record CsvField(String value, int line, int column, boolean quoted) {
}
