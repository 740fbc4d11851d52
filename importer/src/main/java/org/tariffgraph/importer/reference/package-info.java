/** Loading the public reference data: HS 2022 nomenclature, NAICS 2022 structure, HS6→NAICS concordance. */
@NullMarked
package org.tariffgraph.importer.reference;

import org.jspecify.annotations.NullMarked;
