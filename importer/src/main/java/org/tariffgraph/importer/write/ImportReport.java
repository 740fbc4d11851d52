package org.tariffgraph.importer.write;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did: per label, nodes created, updated and unchanged; per relationship type, created and
 * deleted. A second import of the same data reports everything unchanged and nothing created.
 */
public final class ImportReport {

	/** Counts for one label. */
	public record NodeCounts(long created, long updated, long unchanged) {

		NodeCounts plus(NodeCounts other) {
			return new NodeCounts(this.created + other.created, this.updated + other.updated,
					this.unchanged + other.unchanged);
		}

	}

	/** Counts for one relationship type. */
	public record RelationshipCounts(long created, long deleted) {

		RelationshipCounts plus(RelationshipCounts other) {
			return new RelationshipCounts(this.created + other.created, this.deleted + other.deleted);
		}

	}

	private final Map<String, NodeCounts> nodes = new TreeMap<>();

	private final Map<String, RelationshipCounts> relationships = new TreeMap<>();

	private final List<String> notes = new ArrayList<>();

	private long rows;

	private Duration duration = Duration.ZERO;

	void addNodes(String label, NodeCounts counts) {
		this.nodes.merge(label, counts, NodeCounts::plus);
	}

	void addRelationships(String type, RelationshipCounts counts) {
		this.relationships.merge(type, counts, RelationshipCounts::plus);
	}

	/** A line the user should read, such as what reference data was mapped or skipped. */
	public void addNote(String note) {
		this.notes.add(note);
	}

	public void addRows(long count) {
		this.rows += count;
	}

	public void setDuration(Duration duration) {
		this.duration = duration;
	}

	public Map<String, NodeCounts> nodes() {
		return Map.copyOf(this.nodes);
	}

	public Map<String, RelationshipCounts> relationships() {
		return Map.copyOf(this.relationships);
	}

	public List<String> notes() {
		return List.copyOf(this.notes);
	}

	public long rows() {
		return this.rows;
	}

	public Duration duration() {
		return this.duration;
	}

	/** Whether the import changed anything at all. */
	public boolean changedAnything() {
		return this.nodes.values().stream().anyMatch(c -> c.created() + c.updated() > 0)
				|| this.relationships.values().stream().anyMatch(c -> c.created() + c.deleted() > 0);
	}

	/** The summary printed at the end of an import. */
	public String describe() {
		List<String> lines = new ArrayList<>();
		lines.add("%-16s %9s %9s %9s".formatted("nodes", "created", "updated", "unchanged"));
		this.nodes.forEach((label, c) -> lines
			.add("%-16s %9d %9d %9d".formatted(label, c.created(), c.updated(), c.unchanged())));
		lines.add("%-16s %9s %9s".formatted("relationships", "created", "deleted"));
		this.relationships
			.forEach((type, c) -> lines.add("%-16s %9d %9d".formatted(type, c.created(), c.deleted())));
		this.notes.forEach(lines::add);
		double seconds = Math.max(this.duration.toMillis(), 1) / 1000.0;
		lines.add("%d rows in %.1f s (%.0f rows/s)".formatted(this.rows, seconds, this.rows / seconds));
		return String.join(System.lineSeparator(), lines);
	}

}
