/** Sources: the provenance every fact of the graph links to. */
package org.tariffgraph.api.source;
