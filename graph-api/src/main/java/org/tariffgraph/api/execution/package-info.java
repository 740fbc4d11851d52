/** How GraphQL requests are executed: parsed and validated documents are kept for the next request. */
package org.tariffgraph.api.execution;
