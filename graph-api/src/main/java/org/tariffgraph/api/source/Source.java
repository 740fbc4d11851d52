package org.tariffgraph.api.source;

import java.time.LocalDate;

/** Where a fact comes from. */
public record Source(String id, String publisher, String title, String document, String url, LocalDate published) {
}
