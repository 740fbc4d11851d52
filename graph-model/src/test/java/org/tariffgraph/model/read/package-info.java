/** Tests of reading entities from nodes and projections. */
package org.tariffgraph.model.read;
