// Filled from package.json at build time (esbuild `define`); "dev" when run from source.
declare const __CHITHI_VERSION__: string | undefined;
export const VERSION: string = typeof __CHITHI_VERSION__ === 'string' ? __CHITHI_VERSION__ : '0.0.0-dev';
