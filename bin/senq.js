#!/usr/bin/env node
// Thin shim: all logic lives in the compiled CLI module (src/cli).
import { runFromProcess } from '../dist/cli/index.js';

runFromProcess();
