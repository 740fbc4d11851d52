/** Errors as GraphQL errors with a classification and a useful message, never a stack trace. */
package org.tariffgraph.api.errors;
