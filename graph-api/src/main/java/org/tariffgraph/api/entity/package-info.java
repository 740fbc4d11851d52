/** Any entity by uid, and the fields every entity has. */
package org.tariffgraph.api.entity;
