/** Ranked full-text search across every kind of entity. */
package org.tariffgraph.api.search;
