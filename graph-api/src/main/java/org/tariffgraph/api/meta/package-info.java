/** Facts about the API itself. */
package org.tariffgraph.api.meta;
