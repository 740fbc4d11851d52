/** GraphiQL with example operations a newcomer can run at once. */
package org.tariffgraph.api.graphiql;
