/** Word clusters from unannotated text (placeholder until built). */
import type { ClusterTable } from "./features.js";

export function clusterSources(_shared: string): string[] {
  return [];
}
export function buildClusters(_files: string[], _log: (m: string) => void): ClusterTable {
  return new Map();
}
