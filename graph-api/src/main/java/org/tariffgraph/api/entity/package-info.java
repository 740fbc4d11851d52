/** Any entity by uid, and the fields every entity has. */
@NullMarked
package org.tariffgraph.api.entity;

import org.jspecify.annotations.NullMarked;
