/**
 * Loads ../shared/corpus/dev.jsonl at run time (never copied into the project: the passages are
 * other people's words). Returns null when the shared folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isClaimId, type ClaimId } from '../utils/detect/types';

export interface CorpusItem {
  id: string;
  text: string;
  relevant: boolean;
  claims: ClaimId[];
  note: string;
}

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEV_CORPUS = resolve(ROOT, '../shared/corpus/dev.jsonl');

export function loadCorpus(path = DEV_CORPUS): CorpusItem[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const raw = JSON.parse(line) as Record<string, unknown>;
      return {
        id: String(raw.id),
        text: String(raw.text ?? ''),
        relevant: raw.relevant === true,
        claims: Array.isArray(raw.claims) ? raw.claims.filter(isClaimId) : [],
        note: typeof raw.note === 'string' ? raw.note : '',
      };
    });
}

/** Strict text-only evaluation leaves out items whose label needs the surrounding page. */
export function isContextDependent(item: CorpusItem): boolean {
  return item.note.startsWith('context-dependent:');
}

/** Even/odd split on the id's number, for tuning on one half and checking on the other. */
export function idParity(item: CorpusItem): 'even' | 'odd' {
  const n = Number.parseInt(item.id.replace(/\D/g, ''), 10);
  return Number.isNaN(n) || n % 2 === 0 ? 'even' : 'odd';
}
