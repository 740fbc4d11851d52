package org.tariffgraph.benchmarks.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Neo4j GraphQL Library serving the same database, in its own Node.js process ({@code benchmarks/peer}):
 * installed with {@code npm ci} from its lock file where {@code node_modules} is missing, started with the
 * database's address in its environment and the password in a file, never on its command line; stopped when
 * closed (and by the peer itself when the benchmark's JVM dies and its standard input closes).
 */
public final class Peer implements AutoCloseable {

	private static final Pattern READY = Pattern.compile("peer ready on port (\\d+)");

	private final Process process;

	private final URI endpoint;

	private Peer(Process process, URI endpoint) {
		this.process = process;
		this.endpoint = endpoint;
	}

	/** The peer started on the database, or empty with the reason printed where Node.js or npm is missing. */
	public static Optional<Peer> start(Path folder, String boltUri, Path workDir) throws IOException, InterruptedException {
		if (!Files.isRegularFile(folder.resolve("server.mjs"))) {
			System.out.println("  the peer is skipped: no " + folder.resolve("server.mjs"));
			return Optional.empty();
		}
		if (!succeeds(folder, "node", "--version") || !succeeds(folder, "npm", "--version")) {
			System.out.println("  the peer is skipped: Node.js and npm are needed on the PATH");
			return Optional.empty();
		}
		if (!Files.isDirectory(folder.resolve("node_modules"))) {
			System.out.println("  installing the peer's pinned packages (npm ci)");
			if (!succeeds(folder, "npm", "ci", "--no-audit", "--no-fund")) {
				System.out.println("  the peer is skipped: npm ci failed in " + folder);
				return Optional.empty();
			}
		}
		// the benchmark's database accepts any credentials; the peer reads its password from a file all the same
		Path password = Files.writeString(Files.createTempFile(workDir, "peer", ".password"), "unused");
		var builder = new ProcessBuilder("node", "server.mjs").directory(folder.toFile())
			.redirectError(ProcessBuilder.Redirect.INHERIT);
		builder.environment().put("NEO4J_URI", boltUri);
		builder.environment().put("NEO4J_PASSWORD_FILE", password.toAbsolutePath().toString());
		Process process = builder.start();
		var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line = CompletableFuture.supplyAsync(() -> {
			try {
				return reader.readLine();
			}
			catch (IOException ex) {
				return null;
			}
		}).completeOnTimeout(null, 60, TimeUnit.SECONDS).join();
		Matcher ready = (line == null) ? null : READY.matcher(line);
		if (ready == null || !ready.matches()) {
			process.destroy();
			throw new IllegalStateException("The peer did not start: it printed " + line);
		}
		return Optional.of(new Peer(process, URI.create("http://127.0.0.1:" + ready.group(1) + "/graphql")));
	}

	public URI endpoint() {
		return this.endpoint;
	}

	private static boolean succeeds(Path folder, String... command) throws InterruptedException {
		try {
			Process process = new ProcessBuilder(List.of(command)).directory(folder.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return process.waitFor(10, TimeUnit.MINUTES) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
