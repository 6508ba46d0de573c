/**
 * The sidecar's wire types, defined once on this side, one module per resource; they mirror
 * python/siza_ml/schemas/ and the contract tests (test/unit/*.contract.test.ts) run them against the
 * real uvicorn server.
 */
export * from './embeddings';
export * from './health';
export * from './ingest';
export * from './llm';
export * from './metrics';
export * from './score';
export * from './train';
export * from './vectors';
