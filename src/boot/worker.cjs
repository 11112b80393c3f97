'use strict';
// A batch worker thread's entry: the CLI's bundle, through the code cache, then its batch loop.
require('./load.cjs').bundle('chithi').serveBatches();
