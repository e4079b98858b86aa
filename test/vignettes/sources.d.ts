// Types for sources.js.
export interface Source {
  title: string;
  /** Authors, journal or publisher, year, volume and pages. */
  publication: string;
  doi?: string;
  url?: string;
}
export declare const S: Readonly<Record<string, Source>>;
