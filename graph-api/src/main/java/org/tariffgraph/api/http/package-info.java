/** GraphQL over HTTP beyond what Spring for GraphQL serves: queries by GET, as shareable links. */
package org.tariffgraph.api.http;
