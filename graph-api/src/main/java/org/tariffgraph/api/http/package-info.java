/** GraphQL over HTTP beyond what Spring for GraphQL serves: queries by GET, as shareable links. */
@NullMarked
package org.tariffgraph.api.http;

import org.jspecify.annotations.NullMarked;
