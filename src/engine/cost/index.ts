export * from './prices.ts';
export * from './kindCosts.ts';
export * from './estimate.ts';
