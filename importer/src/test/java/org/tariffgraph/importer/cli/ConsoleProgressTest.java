package org.tariffgraph.importer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress is a bar with rate and time left on a terminal, and plain lines in a log. */
class ConsoleProgressTest {

	private final StringWriter written = new StringWriter();

	private final PrintWriter out = new PrintWriter(this.written);

	@Test
	void withoutATerminalEachStepIsAPlainLineAndTheLastSaysItIsDone() {
		var progress = new ConsoleProgress(this.out, false);
		progress.update("goods", 500, 1000);
		progress.update("goods", 1000, 1000);
		assertThat(this.written.toString()).doesNotContain("\r")
			.contains("goods", "500 / 1000", " 50%")
			.contains("1000 / 1000", "100%")
			.hasLineCount(2);
	}

	@Test
	void onATerminalEachStepIsABarRedrawnInPlaceWithItsRateAndTimeLeft() {
		var progress = new ConsoleProgress(this.out, true);
		progress.update("goods", 0, 1000);
		progress.update("goods", 400, 1000);
		progress.update("goods", 1000, 1000);
		progress.update("industries", 10, 10);
		String shown = this.written.toString();
		assertThat(shown).as("redrawn in place").contains("\r");
		// the rate and the time elapsed / left; both sides of the slash are 0:00:00 this fast
		assertThat(shown).as("the finished goods bar").contains("goods", "100%", "1000/1000", "rows/s", "(0:00:00 / ");
		assertThat(shown).as("a bar per step").contains("industries");
		assertThat(shown.chars().filter(c -> c == '\n').count()).as("lines ended: one per step").isEqualTo(2);
	}

}
