import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { Pack } from '@/utils/knowledge/types';
import type { EditorState } from '@/utils/packs/editor-state';
import { buildExportPack, downloadText, exportFileName, packToJson } from '@/utils/packs/export';
import { checkFileSize, findConflicts, parsePackText, type ConflictChoice } from '@/utils/packs/import';
import { LIMITS } from '@/utils/packs/schema';

export interface PackTransferProps {
  state: EditorState;
  /** Injected in tests; the page uses a Blob + <a download>. */
  download?: (fileName: string, text: string) => void;
}

interface Pending {
  pack: Pack;
  fileName: string;
  conflicts: string[];
}

/** Import a pack file (all or nothing) and export the educator's points as one. */
export function PackTransfer({ state, download = downloadText }: PackTransferProps) {
  const errors = useSignal<string[]>([]);
  const failedFile = useSignal('');
  const status = useSignal('');
  const pending = useSignal<Pending | null>(null);
  const firstChoice = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (pending.value) firstChoice.current?.focus();
  }, [pending.value]);

  const fail = (fileName: string, messages: string[]) => {
    failedFile.value = fileName;
    errors.value = messages;
  };

  const apply = async ({ pack, fileName }: Pending, choice: ConflictChoice) => {
    pending.value = null;
    const result = await state.importPoints(pack.points, choice);
    if (!result.ok) return fail(fileName, result.errors);
    const by = pack.author ? ` by ${pack.author}` : '';
    const parts = [`${result.added} added`];
    if (result.replaced) parts.push(`${result.replaced} replaced`);
    if (result.renamed) parts.push(`${result.renamed} kept as copies`);
    status.value = `Imported "${pack.name}"${by}: ${parts.join(', ')}.`;
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    errors.value = [];
    status.value = '';
    pending.value = null;
    try {
      const tooBig = checkFileSize(file.size);
      if (tooBig) return fail(file.name, [tooBig]);
      const parsed = parsePackText(await file.text());
      if (!parsed.ok) return fail(file.name, parsed.errors);
      const next: Pending = { pack: parsed.pack, fileName: file.name, conflicts: findConflicts(state.points.value, parsed.pack.points) };
      if (next.conflicts.length > 0) pending.value = next;
      else await apply(next, 'keep-both');
    } catch (err) {
      fail(file.name, [`The file could not be read (${err instanceof Error ? err.message : String(err)}).`]);
    } finally {
      input.value = ''; // choosing the same file again should run again
    }
  };

  const onExport = () => {
    const points = state.points.value;
    if (points.length === 0) {
      status.value = 'You have no talking points of your own to export yet.';
      return;
    }
    const pack = buildExportPack(state.pack.value, points);
    download(exportFileName(pack.name), packToJson(pack));
    status.value = `Exported ${points.length} talking point${points.length === 1 ? '' : 's'} as "${exportFileName(pack.name)}".`;
  };

  const conflictTitles = (p: Pending) =>
    p.conflicts.map((id) => state.points.value.find((pt) => pt.id === id)?.title ?? id);

  return (
    <div class="transfer">
      <div class="pack-info">
        <label class="field">
          <span>Pack name</span>
          <input type="text" value={state.pack.value.name} maxLength={LIMITS.name} onChange={(e) => state.setPackInfo(e.currentTarget.value, state.pack.value.author)} />
        </label>
        <label class="field">
          <span>Author <small class="muted">(optional, saved in exported files)</small></span>
          <input type="text" value={state.pack.value.author} maxLength={LIMITS.author} onChange={(e) => state.setPackInfo(state.pack.value.name, e.currentTarget.value)} />
        </label>
      </div>
      <div class="transfer-actions">
        <label class="field file">
          <span>Import a pack (JSON file, up to {LIMITS.fileBytes / 1024} KB)</span>
          <input type="file" accept=".json,application/json" onChange={onFile} />
        </label>
        <button type="button" class="primary" onClick={onExport}>Export</button>
      </div>

      {pending.value ? (
        <div class="conflict" role="group" aria-labelledby="conflict-text">
          <p id="conflict-text">
            {pending.value.conflicts.length === 1 ? 'One point' : `${pending.value.conflicts.length} points`} in "
            {pending.value.fileName}" {pending.value.conflicts.length === 1 ? 'has' : 'have'} the same id as yours:{' '}
            {conflictTitles(pending.value).join(', ')}. What should happen?
          </p>
          <div class="row-actions">
            <button type="button" class="primary" ref={firstChoice} onClick={() => apply(pending.value!, 'replace')}>Replace mine</button>
            <button type="button" class="secondary" onClick={() => apply(pending.value!, 'keep-both')}>Keep both</button>
            <button type="button" class="secondary" onClick={() => { pending.value = null; status.value = 'Import cancelled. Nothing changed.'; }}>Cancel import</button>
          </div>
        </div>
      ) : null}

      <div role="alert" class={errors.value.length ? 'import-errors' : 'import-errors is-empty'}>
        {errors.value.length > 0 ? (
          <>
            <p>Nothing was imported from "{failedFile.value}". Your talking points are unchanged.</p>
            <ul>{errors.value.map((e) => <li key={e}>{e}</li>)}</ul>
          </>
        ) : null}
      </div>
      <p role="status" class="status">{status.value}</p>
    </div>
  );
}
