// One ranked search over names, titles, descriptions, quotes and aliases of every kind of entity.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.title, n.description, n.text, n.aliasText];
