package org.tariffgraph.importer.cli;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.tariffgraph.importer.write.Progress;

/**
 * Shows how far each step of a write has come. On a terminal, a progress bar per step, redrawn in place, with
 * the rows per second and the time left (me.tongfei:progressbar); elsewhere (a log file, a pipe, a CI job) a
 * plain line at most once a second and when the step is done, since a bar redrawn with carriage returns makes an
 * unreadable log.
 */
final class ConsoleProgress implements Progress {

	/** The widest a bar line is drawn. */
	private static final int WIDTH = 100;

	private final PrintWriter out;

	private final boolean terminal;

	private @Nullable ProgressBar bar;

	private @Nullable String barStep;

	private long lastPrint;

	ConsoleProgress(PrintWriter out, boolean terminal) {
		this.out = out;
		this.terminal = terminal;
	}

	/** Progress on {@code out}, as a bar where the process writes to a terminal. */
	static ConsoleProgress to(PrintWriter out) {
		var console = System.console();
		return new ConsoleProgress(out, console != null && console.isTerminal());
	}

	@Override
	public void update(String step, long done, long total) {
		if (this.terminal) {
			bar(step, done, total);
		}
		else {
			line(step, done, total);
		}
	}

	private void line(String step, long done, long total) {
		long now = System.nanoTime();
		if (done == total || now - this.lastPrint > 1_000_000_000L) {
			this.out.printf("  %-36s %8d / %-8d %3d%%%n", step, done, total, (total == 0) ? 100 : done * 100 / total);
			this.out.flush();
			this.lastPrint = now;
		}
	}

	private void bar(String step, long done, long total) {
		if (this.bar == null || !step.equals(this.barStep)) {
			close();
			this.barStep = step;
			this.bar = new ProgressBarBuilder().setTaskName(step)
				.setInitialMax(total)
				.setStyle(ProgressBarStyle.ASCII)
				.setUnit(" rows", 1)
				.showSpeed()
				.setSpeedUnit(ChronoUnit.SECONDS)
				.setUpdateIntervalMillis(250)
				.setConsumer(new DelegatingProgressBarConsumer(line -> {
					synchronized (this.out) {
						this.out.print('\r' + line);
						this.out.flush();
					}
				}, WIDTH))
				.build();
		}
		this.bar.maxHint(total);
		this.bar.stepTo(done);
		if (done == total) {
			close();
		}
	}

	/** Draws the last state of the current bar and ends its line. */
	private void close() {
		if (this.bar != null) {
			this.bar.close();
			synchronized (this.out) {
				this.out.println();
				this.out.flush();
			}
			this.bar = null;
		}
	}

}
