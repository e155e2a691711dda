export { compareDesigns, namedPorts, type CompareOptions, type DesignComparison, type FlowChange, type ResourceChange } from './compare.ts';
export { comparisonMarkdown, markdownText } from './markdown.ts';
