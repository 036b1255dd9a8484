// A worker thread's first module: Node 20 does not hand the main thread's tsx hooks to workers,
// so the worker loads its TypeScript entry (workerData.entry) through tsx's API itself.
import { workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

await tsImport(workerData.entry, import.meta.url);
