#!/usr/bin/env node
// Thin shim: all logic lives in the CLI module, bundled at build time into
// dist/bundle/ so that a single `senq parse file.txt` starts fast.
import { runFromProcess } from '../dist/bundle/index.js';

runFromProcess();
