package org.tariffgraph.importer.cli;

import java.io.PrintWriter;

import org.tariffgraph.importer.write.Progress;

/** Prints a step's progress at most once a second, and when it is done. */
final class ConsoleProgress implements Progress {

	private final PrintWriter out;

	private long lastPrint;

	ConsoleProgress(PrintWriter out) {
		this.out = out;
	}

	@Override
	public void update(String step, long done, long total) {
		long now = System.nanoTime();
		if (done == total || now - this.lastPrint > 1_000_000_000L) {
			this.out.printf("  %-36s %8d / %-8d %3d%%%n", step, done, total, (total == 0) ? 100 : done * 100 / total);
			this.out.flush();
			this.lastPrint = now;
		}
	}

}
