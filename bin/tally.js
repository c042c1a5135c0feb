#!/usr/bin/env -S node --max-semi-space-size=64
// The installed command: runs the CLI compiled by `npm run build` (run by `prepare` on `npm ci`).
// A 64 MiB young generation (V8 gives 16): extraction makes many short-lived objects per batch,
// and with the default they outlive the scavenges and are collected again as old (~25% of the time).
import { runCli } from "../dist/src/cli/main.js";

await runCli();
