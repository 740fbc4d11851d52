package org.tariffgraph.importer.dataset;

import java.util.List;
import java.util.Map;

import org.tariffgraph.model.EntityKind;

/**
 * One validated row: the node it becomes (uid, key, properties) and its references to other nodes.
 * @param props the node's properties; a blank optional cell is present with a null value, so that a
 * re-import removes a value the user cleared
 */
public record Row(EntityKind kind, String uid, int line, Map<String, Object> props, List<Link> links) {

	/** The targets of one reference column of a row. */
	public record Link(Column.Reference column, List<Target> targets) {
	}

	/** One referenced node and where the reference stands, for the error when it does not resolve. */
	public record Target(String uid, int line, int column) {
	}

}
