package org.tariffgraph.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.neo4j.kernel.internal.Version;
import org.tariffgraph.importer.cli.ImporterCli;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docker cannot run here, so this reads {@code docker-compose.yml} and checks that it agrees with the
 * application: the Neo4j image is the version the build uses, ports match the defaults, and the services
 * are configured through the environment variables the API and the importer actually read.
 */
class DockerComposeTest {

	private static final Path ROOT = Path.of("..");

	@SuppressWarnings("unchecked")
	private static Map<String, Object> service(Map<String, Object> compose, String name) {
		return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
	}

	private static Map<String, Object> compose() throws IOException {
		try (InputStream in = Files.newInputStream(ROOT.resolve("docker-compose.yml"))) {
			return new Yaml().load(in);
		}
	}

	@Test
	void neo4jIsTheVersionTheBuildUsesOnTheDefaultPortsWithAVolumeAndAHealthCheck() throws IOException {
		var neo4j = service(compose(), "neo4j");
		assertThat(neo4j.get("image")).isEqualTo("neo4j:" + Version.getNeo4jVersion());
		var defaults = new Binder(new MapConfigurationPropertySource()).bindOrCreate("tariff-graph.local",
				LocalNeo4jProperties.class);
		assertThat((List<String>) neo4j.get("ports")).as("published on loopback only").containsExactlyInAnyOrder(
				"127.0.0.1:" + defaults.httpPort() + ":" + defaults.httpPort(),
				"127.0.0.1:" + defaults.boltPort() + ":" + defaults.boltPort());
		assertThat((List<String>) neo4j.get("volumes")).containsExactly("neo4j-data:/data");
		assertThat(neo4j).containsKey("healthcheck");
		assertThat(compose()).containsKey("volumes");
	}

	@Test
	void thePasswordComesFromTheEnvironmentOrAnEnvFileAndNeverFromTheComposeFile() throws IOException {
		String text = Files.readString(ROOT.resolve("docker-compose.yml"));
		assertThat(text).as("every password is the required variable, with no default")
			.doesNotContainPattern("NEO4J_PASSWORD:-")
			.contains("NEO4J_AUTH: neo4j/${NEO4J_PASSWORD:?");
		for (String name : List.of("importer", "reference", "api")) {
			assertThat(((Map<String, String>) service(compose(), name).get("environment")).get("NEO4J_PASSWORD"))
				.as(name).startsWith("${NEO4J_PASSWORD:?");
		}
		assertThat(Files.readString(ROOT.resolve(".gitignore"))).as("the env file is never committed").contains(".env");
		assertThat(Files.readString(ROOT.resolve(".env.example"))).contains("NEO4J_PASSWORD=");
		var neo4j = (Map<String, String>) service(compose(), "neo4j").get("environment");
		assertThat(neo4j.get("NEO4J_dbms_security_http__access__control__allow__origin")).isEqualTo("http://localhost:7474");
		assertThat(neo4j.get("NEO4J_browser_post__connect__cmd")).contains("style.grass", "guide.html");
	}

	@Test
	void theImporterLoadsTheBundledDatasetOnceNeo4jIsHealthyThroughTheVariablesItReads() throws Exception {
		var importer = service(compose(), "importer");
		assertThat((List<String>) importer.get("command")).containsExactly("import", "bundled");
		assertThat(importer.get("restart")).isEqualTo("no");
		assertThat(importer.get("depends_on").toString()).contains("neo4j={condition=service_healthy}");
		var environment = (Map<String, String>) importer.get("environment");
		// The importer, started with the compose file's environment, must pick up its address and user
		var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), ImporterCli.class.getName(), "import", "--help")
			.redirectErrorStream(true);
		process.environment().put("NEO4J_URI", environment.get("NEO4J_URI"));
		process.environment().put("NEO4J_USERNAME", environment.get("NEO4J_USERNAME"));
		Process started = process.start();
		String help = new String(started.getInputStream().readAllBytes());
		assertThat(started.waitFor()).isZero();
		assertThat(help).contains("Default: " + environment.get("NEO4J_URI") + ".")
			.contains("Default: " + environment.get("NEO4J_USERNAME") + ".");
		assertThat((Map<String, Object>) importer.get("environment")).containsKeys("NEO4J_URI", "NEO4J_USERNAME",
				"NEO4J_PASSWORD");
		assertThat(((Map<String, Object>) importer.get("build")).toString()).contains("importer/target/tariff-graph-importer-exec.jar");
	}

	@Test
	void theApiStartsAfterTheImportOnItsPortWithTheVariablesItsConfigurationReads() throws IOException {
		var api = service(compose(), "api");
		assertThat(api.get("depends_on").toString()).contains("importer={condition=service_completed_successfully}",
				"reference={condition=service_completed_successfully}");
		var reference = service(compose(), "reference");
		assertThat((List<String>) reference.get("command")).containsExactly("reference", "--bundled");
		assertThat(reference.get("depends_on").toString()).contains("importer={condition=service_completed_successfully}");
		assertThat(reference.get("environment")).isEqualTo(service(compose(), "importer").get("environment"));
		assertThat((List<String>) api.get("ports")).containsExactly("127.0.0.1:8080:8080");
		Properties config = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
			config.load(in);
		}
		assertThat(config.getProperty("spring.neo4j.uri")).startsWith("${NEO4J_URI:");
		assertThat(config.getProperty("spring.neo4j.authentication.username")).startsWith("${NEO4J_USERNAME:");
		assertThat(config.getProperty("spring.neo4j.authentication.password")).startsWith("${NEO4J_PASSWORD:");
		var environment = (Map<String, Object>) api.get("environment");
		assertThat(environment).containsEntry("NEO4J_URI", "bolt://neo4j:7687").containsKeys("NEO4J_USERNAME", "NEO4J_PASSWORD");
		assertThat(((Map<String, Object>) api.get("build")).toString()).contains("graph-api/target/tariff-graph-api-exec.jar");
		assertThat(api).containsKey("healthcheck");
	}

}
