// The measures list's default order (earliest first, ties by id), read from one index: a single-property index
// gives the dates in order but leaves the ties to be sorted after the scan, and a composite one gives both, so
// Neo4j stops reading at the end of the page instead of sorting every measure.
CREATE INDEX tariff_measure_in_force_from_id IF NOT EXISTS FOR (n:TariffMeasure) ON (n.inForceFrom, n.id);
