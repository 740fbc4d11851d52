/** Who said what, when, about which measure; and the speaker's role on the day. */
package org.tariffgraph.api.statement;
