/** Test support for the API: counting the queries a request sends; documents and errors the tests of its limits share. */
package org.tariffgraph.api.support;
