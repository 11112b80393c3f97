#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json), so that Node starts without its ESM loader; the bundle is
// loaded through V8's code cache (dist/load.cjs).
require('../dist/load.cjs').bundle('chithi').main();
