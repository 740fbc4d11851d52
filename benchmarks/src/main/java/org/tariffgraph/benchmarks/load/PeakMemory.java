package org.tariffgraph.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The peak resident memory of a child process, from Linux's {@code VmHWM}, polled until it exits. */
final class PeakMemory {

	private PeakMemory() {
	}

	/** Waits for the process and returns its peak resident set in KiB, or -1 where the system does not say. */
	static long watch(Process process) throws InterruptedException {
		Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
		long peak = -1;
		while (process.isAlive()) {
			peak = Math.max(peak, read(status));
			Thread.sleep(100);
		}
		process.waitFor();
		return peak;
	}

	private static long read(Path status) {
		try {
			for (String line : Files.readAllLines(status)) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D+", ""));
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// the process ended between two looks
		}
		return -1;
	}

}
