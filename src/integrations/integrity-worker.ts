/**
 * The whole content check, run off the main thread during `astro build` (see integrity.ts):
 * posts the problems found in the content folder it is given.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFolder } from '../lib/integrity.ts';

parentPort!.postMessage(checkFolder(workerData as string));
