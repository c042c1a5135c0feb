#!/usr/bin/env node
// The installed command: runs the CLI compiled by `npm run build` (run by `prepare` on `npm ci`).
import { runCli } from "../dist/src/cli/main.js";

await runCli();
