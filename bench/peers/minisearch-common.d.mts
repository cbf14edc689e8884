import type { Options } from 'minisearch';

export interface PeerDoc {
  id: string;
  title: string;
  text: string;
}

export declare const MINISEARCH_OPTIONS: Options<PeerDoc>;
export declare function articleFiles(root: string): Promise<string[]>;
export declare function readDocs(root: string, ids: string[]): Promise<PeerDoc[]>;
