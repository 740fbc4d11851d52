/** What applied to a good from a country on a date: the layers of duties, their exemptions and the total. */
@NullMarked
package org.tariffgraph.api.tariff;

import org.jspecify.annotations.NullMarked;
