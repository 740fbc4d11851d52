// Asks Tariff Graph and the peer every question of questions.json, normalizes both answers as questions.json
// says, and prints per question "same" or the first difference. With --time N, then times N sequential requests
// of each question against each (after a short warm-up) and prints the median and 95th percentile.
//
//   API=http://localhost:8080/graphql PEER=http://127.0.0.1:40123/graphql node check.mjs [--time 200]
//
// Exits 1 when an answer differs or a request fails.
import { readFileSync } from "node:fs";

const questions = JSON.parse(readFileSync(new URL("./questions.json", import.meta.url), "utf8")).questions;
const endpoints = { tariffGraph: process.env.API, peer: process.env.PEER };
if (!endpoints.tariffGraph || !endpoints.peer) {
	process.stderr.write("usage: API=<Tariff Graph /graphql URL> PEER=<peer /graphql URL> node check.mjs [--time N]\n");
	process.exit(2);
}
const timeArg = process.argv.indexOf("--time");
const timed = timeArg >= 0 ? Number.parseInt(process.argv[timeArg + 1] ?? "200", 10) : 0;

async function ask(url, query) {
	const response = await fetch(url, {
		method: "POST",
		headers: { "content-type": "application/json", accept: "application/json" },
		body: JSON.stringify({ query }),
	});
	const text = await response.text();
	if (response.status !== 200) {
		throw new Error(`${url} answered ${response.status}: ${text.slice(0, 500)}`);
	}
	const json = JSON.parse(text);
	if (json.errors) {
		throw new Error(`${url} answered with errors: ${JSON.stringify(json.errors).slice(0, 500)}`);
	}
	return json;
}

/** The items the path leads to: '*' is every element of a list; an object is one item, null none. */
function items(json, path) {
	let values = [json];
	for (const segment of path) {
		values = segment === "*" ? values.flatMap((v) => (Array.isArray(v) ? v : [])) : values.map((v) => v?.[segment]);
	}
	if (values.length === 1 && !path.includes("*")) {
		const [value] = values;
		return value == null ? [] : Array.isArray(value) ? value : [value];
	}
	return values;
}

/**
 * The canonical form: object keys sorted, nested lists sorted by their elements' canonical text. Numbers need
 * nothing here: JSON.parse reads 125 and 125.0 alike, and equal doubles print alike (a Java reader compares them
 * as BigDecimal.stripTrailingZeros() instead).
 */
function canonical(value) {
	if (Array.isArray(value)) {
		return value.map(canonical).map((v) => [text(v), v]).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, v]) => v);
	}
	if (value !== null && typeof value === "object") {
		return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical(value[key])]));
	}
	return value;
}

function text(value) {
	return JSON.stringify(value);
}

/** The top-level list keeps its order; everything below is canonical. */
function normalize(list) {
	return list.map((item) => text(canonical(item)));
}

function firstDifference(a, b, path = "") {
	if (text(a) === text(b)) {
		return null;
	}
	if (Array.isArray(a) && Array.isArray(b)) {
		for (let i = 0; i < Math.max(a.length, b.length); i++) {
			const d = firstDifference(a[i], b[i], `${path}[${i}]`);
			if (d) {
				return d;
			}
		}
	}
	else if (a && b && typeof a === "object" && typeof b === "object") {
		for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
			const d = firstDifference(a[key], b[key], `${path}.${key}`);
			if (d) {
				return d;
			}
		}
	}
	return `${path || "(root)"}: Tariff Graph ${text(a)?.slice(0, 300)}, peer ${text(b)?.slice(0, 300)}`;
}

async function check(question) {
	const [tg, peer] = await Promise.all([
		ask(endpoints.tariffGraph, question.tariffGraph.query),
		ask(endpoints.peer, question.peer.query),
	]);
	const a = normalize(items(tg, question.tariffGraph.items));
	const b = normalize(items(peer, question.peer.items));
	if (a.length !== b.length) {
		return `differs: Tariff Graph has ${a.length} items, the peer ${b.length}; ${firstDifference(a, b)}`;
	}
	for (let i = 0; i < a.length; i++) {
		if (a[i] !== b[i]) {
			return `differs: ${firstDifference(JSON.parse(a[i]), JSON.parse(b[i]), `item ${i}`)}`;
		}
	}
	return `same (${a.length} item${a.length === 1 ? "" : "s"})`;
}

function percentile(sorted, q) {
	return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))];
}

async function time(url, query, n) {
	for (let i = 0; i < Math.min(50, n); i++) {
		await ask(url, query);
	}
	const ms = [];
	for (let i = 0; i < n; i++) {
		const start = process.hrtime.bigint();
		await ask(url, query);
		ms.push(Number(process.hrtime.bigint() - start) / 1e6);
	}
	ms.sort((x, y) => x - y);
	return `p50 ${percentile(ms, 0.5).toFixed(2)} ms, p95 ${percentile(ms, 0.95).toFixed(2)} ms`;
}

let failed = false;
for (const question of questions) {
	let verdict;
	try {
		verdict = await check(question);
	}
	catch (error) {
		verdict = `failed: ${error.message}`;
	}
	failed ||= !verdict.startsWith("same");
	console.log(`${question.name}: ${verdict}`);
}
if (timed > 0) {
	console.log(`\n${timed} sequential requests each, after a warm-up (one client, keep-alive):`);
	for (const question of questions) {
		try {
			console.log(`${question.name}`);
			console.log(`  Tariff Graph: ${await time(endpoints.tariffGraph, question.tariffGraph.query, timed)}`);
			console.log(`  peer:         ${await time(endpoints.peer, question.peer.query, timed)}`);
		}
		catch (error) {
			console.log(`  failed: ${error.message}`);
			failed = true;
		}
	}
}
process.exit(failed ? 1 : 0);
