export * from './prices.ts';
export * from './kindCosts.ts';
export * from './estimate.ts';
export * from './flow.ts';
export * from './words.ts';
export * from './compare.ts';
