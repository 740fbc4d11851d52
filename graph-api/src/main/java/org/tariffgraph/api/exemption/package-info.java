/** Exemptions and relief, and which industries they reach, both ways. */
package org.tariffgraph.api.exemption;
