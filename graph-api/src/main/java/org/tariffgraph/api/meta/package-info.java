/** Facts about the API itself. */
@NullMarked
package org.tariffgraph.api.meta;

import org.jspecify.annotations.NullMarked;
