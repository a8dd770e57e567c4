/** The one input layer: a collecting reader and the shared value parsers. */
export * from './parsers.js';
export * from './reader.js';
