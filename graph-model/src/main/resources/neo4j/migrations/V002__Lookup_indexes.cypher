// The lookups the API filters on: measures by time, basis and layer; statements by date; codes by level.
CREATE INDEX tariff_measure_in_force_from IF NOT EXISTS FOR (n:TariffMeasure) ON (n.inForceFrom);
CREATE INDEX tariff_measure_legal_basis IF NOT EXISTS FOR (n:TariffMeasure) ON (n.legalBasis);
CREATE INDEX tariff_measure_layer IF NOT EXISTS FOR (n:TariffMeasure) ON (n.layer);
CREATE INDEX exemption_in_force_from IF NOT EXISTS FOR (n:Exemption) ON (n.inForceFrom);
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX good_level IF NOT EXISTS FOR (n:Good) ON (n.level);
CREATE INDEX industry_level IF NOT EXISTS FOR (n:Industry) ON (n.level);
CREATE INDEX source_published IF NOT EXISTS FOR (n:Source) ON (n.published);
