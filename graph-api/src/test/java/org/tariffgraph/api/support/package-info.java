/** Test support for the API: counting the queries a request sends. */
package org.tariffgraph.api.support;
