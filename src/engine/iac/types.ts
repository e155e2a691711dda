/** What an exporter produces: files of text, with paths relative to the output folder. */
export interface GeneratedFile {
  readonly path: string;
  readonly contents: string;
}

export type ExportFormat = 'terraform' | 'cdk' | 'lza';
