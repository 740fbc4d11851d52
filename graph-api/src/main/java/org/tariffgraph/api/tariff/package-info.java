/** What applied to a good from a country on a date: the layers of duties, their exemptions and the total. */
package org.tariffgraph.api.tariff;
