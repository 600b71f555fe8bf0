/**
 * Writing the educator's points as a format-v1 pack file. `buildExportPack`/`packToJson` are pure;
 * `downloadText` uses the page's DOM (Blob + object URL + <a download>), so no `downloads` permission is needed.
 */
import type { Pack, TalkingPoint } from '../knowledge/types';
import { PACK_FORMAT, PACK_VERSION } from './schema';

export interface PackMeta {
  name: string;
  author: string;
}

export function buildExportPack(meta: PackMeta, points: readonly TalkingPoint[]): Pack {
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    name: meta.name.trim() || 'My talking points',
    author: meta.author.trim(),
    // Only the fields of the format, in its order, so the file reads the same as the README example.
    points: points.map((p) => ({
      id: p.id,
      title: p.title,
      text: p.text,
      claims: [...p.claims],
      ...(p.keywords?.length ? { keywords: [...p.keywords] } : {}),
      sources: p.sources.map((s) => ({ label: s.label, ...(s.url ? { url: s.url } : {}), level: s.level })),
      ...(p.tones && Object.keys(p.tones).length > 0 ? { tones: { ...p.tones } } : {}),
    })),
  };
}

export function packToJson(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/** `glute-lens-pack-my-talking-points.json` */
export function exportFileName(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `glute-lens-pack${slug ? `-${slug}` : ''}.json`;
}

export function downloadText(fileName: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke later: Chromium starts the download asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
