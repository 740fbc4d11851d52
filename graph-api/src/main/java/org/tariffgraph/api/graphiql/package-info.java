/** GraphiQL with example operations a newcomer can run at once. */
@NullMarked
package org.tariffgraph.api.graphiql;

import org.jspecify.annotations.NullMarked;
