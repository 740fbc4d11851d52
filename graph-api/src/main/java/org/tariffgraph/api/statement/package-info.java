/** Who said what, when, about which measure; and the speaker's role on the day. */
@NullMarked
package org.tariffgraph.api.statement;

import org.jspecify.annotations.NullMarked;
