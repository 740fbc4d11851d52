/** The start page at {@code /}: what the graph holds and where to ask it, for people. */
@NullMarked
package org.tariffgraph.api.start;

import org.jspecify.annotations.NullMarked;
