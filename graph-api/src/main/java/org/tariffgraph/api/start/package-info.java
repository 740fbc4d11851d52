/** The start page at {@code /}: what the graph holds and where to ask it, for people. */
package org.tariffgraph.api.start;
