/** Exemptions and relief, and which industries they reach, both ways. */
@NullMarked
package org.tariffgraph.api.exemption;

import org.jspecify.annotations.NullMarked;
