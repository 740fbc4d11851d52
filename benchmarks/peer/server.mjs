// The query benchmark's peer: the Tariff Graph database served by the Neo4j GraphQL Library on Apollo Server,
// over a plain Node.js HTTP/1.1 server on 127.0.0.1, POST /graphql.
//
// Environment:
//   NEO4J_URI            bolt URI of the database (required)
//   NEO4J_USERNAME       default neo4j
//   NEO4J_PASSWORD_FILE  a file holding the password (required; read once, never printed)
//   NEO4J_DATABASE       the database to read; the server's default database when unset
//   PORT                 default 0: any free port
//
// Prints exactly one line to stdout, "peer ready on port <n>", once it can answer; everything else goes to
// stderr. Stops on SIGTERM or SIGINT and when its stdin closes, so a parent process that dies does not leave
// it running (start it with stdin a pipe, as Java's ProcessBuilder does, not /dev/null).
import { readFileSync } from "node:fs";
import http from "node:http";

import { ApolloServer, HeaderMap } from "@apollo/server";
import {
	ApolloServerPluginLandingPageDisabled,
	ApolloServerPluginSchemaReportingDisabled,
	ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const HOST = "127.0.0.1";
const MAX_BODY = 1024 * 1024;

function required(name) {
	const value = process.env[name];
	if (!value) {
		fail(`${name} is not set`);
	}
	return value;
}

function fail(message) {
	process.stderr.write(`peer: ${message}\n`);
	process.exit(2);
}

const uri = required("NEO4J_URI");
const username = process.env.NEO4J_USERNAME || "neo4j";
const database = process.env.NEO4J_DATABASE || undefined;
const port = Number.parseInt(process.env.PORT ?? "0", 10);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	fail("PORT must be a port number or 0");
}
let password;
try {
	// the file's content without its final line break; the password itself is never echoed
	password = readFileSync(required("NEO4J_PASSWORD_FILE"), "utf8").replace(/\r?\n$/, "");
}
catch (error) {
	fail(`cannot read NEO4J_PASSWORD_FILE (${error.code ?? "error"})`);
}

const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), { userAgent: "tariff-graph-peer" });
password = undefined;

const neoSchema = new Neo4jGraphQL({
	typeDefs: readFileSync(new URL("./type-defs.graphql", import.meta.url), "utf8"),
	driver,
	features: {
		excludeDeprecatedFields: {
			mutationOperations: true,
			aggregationFilters: true,
			aggregationFiltersOutsideConnection: true,
			relationshipFilters: true,
			attributeFilters: true,
		},
	},
});

const apollo = new ApolloServer({
	schema: await neoSchema.getSchema(),
	includeStacktraceInErrorResponses: false,
	// this process stops itself (below), after closing the HTTP server and the driver
	stopOnTerminationSignals: false,
	plugins: [
		ApolloServerPluginLandingPageDisabled(),
		ApolloServerPluginUsageReportingDisabled(),
		ApolloServerPluginSchemaReportingDisabled(),
	],
});

const context = async () => (database ? { sessionConfig: { database } } : {});

function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		req.on("data", (chunk) => {
			size += chunk.length;
			if (size > MAX_BODY) {
				reject(Object.assign(new Error("request body too large"), { status: 413 }));
				req.destroy();
				return;
			}
			chunks.push(chunk);
		});
		req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
		req.on("error", reject);
	});
}

function plain(res, status, text) {
	res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
	res.end(text);
}

async function handle(req, res) {
	const url = new URL(req.url, "http://localhost");
	if (url.pathname !== "/graphql") {
		plain(res, 404, "not found: POST /graphql\n");
		return;
	}
	const headers = new HeaderMap();
	for (const [key, value] of Object.entries(req.headers)) {
		if (value !== undefined) {
			headers.set(key, Array.isArray(value) ? value.join(", ") : value);
		}
	}
	let body;
	if (req.method === "POST") {
		const text = await readBody(req);
		if (/^application\/(graphql-response\+)?json\b/i.test(headers.get("content-type") ?? "")) {
			try {
				body = JSON.parse(text);
			}
			catch {
				plain(res, 400, "the body is not JSON\n");
				return;
			}
		}
		else {
			body = text;
		}
	}
	const response = await apollo.executeHTTPGraphQLRequest({
		httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: url.search, body },
		context,
	});
	for (const [key, value] of response.headers) {
		res.setHeader(key, value);
	}
	res.statusCode = response.status ?? 200;
	if (response.body.kind === "complete") {
		res.end(response.body.string);
		return;
	}
	for await (const chunk of response.body.asyncIterator) {
		res.write(chunk);
	}
	res.end();
}

const server = http.createServer((req, res) => {
	handle(req, res).catch((error) => {
		if (!res.headersSent) {
			plain(res, error.status ?? 500, `${error.message}\n`);
		}
		else {
			res.destroy();
		}
	});
});
// HTTP/1.1 keep-alive: idle connections stay open longer than a Java HttpClient keeps them (30 s by default), so
// the server never closes a connection the client is about to reuse
server.keepAliveTimeout = 120_000;
server.headersTimeout = 125_000;
server.requestTimeout = 0;

let stopping = false;
async function stop(why) {
	if (stopping) {
		return;
	}
	stopping = true;
	process.stderr.write(`peer: stopping (${why})\n`);
	setTimeout(() => process.exit(1), 5000).unref();
	server.close();
	server.closeAllConnections();
	await apollo.stop().catch(() => {});
	await driver.close().catch(() => {});
	process.exit(0);
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
process.stdin.on("end", () => stop("stdin closed"));
process.stdin.on("close", () => stop("stdin closed"));
process.stdin.on("error", () => stop("stdin closed"));
process.stdin.resume();

try {
	await driver.verifyConnectivity(database ? { database } : {});
}
catch (error) {
	process.stderr.write(`peer: cannot reach Neo4j at ${uri}: ${error.message}\n`);
	await driver.close().catch(() => {});
	process.exit(3);
}
await apollo.start();
await new Promise((resolve, reject) => {
	server.once("error", reject);
	server.listen({ port, host: HOST }, resolve);
});
if (!stopping) {
	process.stdout.write(`peer ready on port ${server.address().port}\n`);
}
