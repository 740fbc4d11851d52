/** Officials, organisations and the roles they hold. */
package org.tariffgraph.api.people;
