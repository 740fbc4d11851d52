// Search finds what people type: the English analyzer stems words, so "semiconductor" finds "semiconductors"
// and "exempting" finds "exemption"; the short titles shown as captions are searched too.
DROP INDEX entity_search IF EXISTS;
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.title, n.shortTitle, n.description, n.text, n.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
