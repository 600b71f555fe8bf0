/**
 * The options page's state as a small signals factory: the educator's pack, hidden built-in ids and
 * switched-off ids, plus the actions that change them. Every action saves at once; a failed save keeps
 * the previous value on screen and says so.
 */
import { computed, signal } from '@preact/signals';
import { BUILTIN_PACK } from '../knowledge/builtin';
import type { Pack, TalkingPoint } from '../knowledge/types';
import { mergeImport, type ConflictChoice, type MergeResult } from './import';
import {
  emptyUserPack,
  loadEditorData,
  saveDisabledIds,
  saveHiddenIds,
  saveUserPack,
  type Area,
} from './store';
import { LIMITS } from './schema';

export type EditorState = ReturnType<typeof createEditorState>;

export function createEditorState() {
  const loaded = signal(false);
  const pack = signal<Pack>(emptyUserPack());
  const hidden = signal<string[]>([]);
  const disabled = signal<string[]>([]);
  const areas = signal<Record<'pack' | 'hidden' | 'disabled', Area>>({ pack: 'sync', hidden: 'sync', disabled: 'sync' });
  const notices = signal<string[]>([]);
  const saveError = signal('');
  const storedLocally = computed(() => Object.values(areas.value).includes('local'));
  const points = computed(() => pack.value.points);

  async function load(): Promise<void> {
    const data = await loadEditorData();
    pack.value = data.pack;
    hidden.value = data.hidden;
    disabled.value = data.disabled;
    notices.value = data.notices;
    if (data.storedLocally) areas.value = { pack: 'local', hidden: 'local', disabled: 'local' };
    loaded.value = true;
  }

  async function save<K extends keyof typeof areas.value>(
    which: K,
    write: () => Promise<Area>,
    apply: () => void,
    undo: () => void,
  ): Promise<boolean> {
    apply();
    try {
      const area = await write();
      areas.value = { ...areas.value, [which]: area };
      saveError.value = '';
      return true;
    } catch (err) {
      undo();
      saveError.value = `Could not save your change: ${err instanceof Error ? err.message : String(err)}`;
      return false;
    }
  }

  function setPack(next: Pack): Promise<boolean> {
    const before = pack.value;
    return save('pack', () => saveUserPack(next), () => (pack.value = next), () => (pack.value = before));
  }

  function setDisabled(next: string[]): Promise<boolean> {
    const before = disabled.value;
    return save('disabled', () => saveDisabledIds(next), () => (disabled.value = next), () => (disabled.value = before));
  }

  /** Ids the educator cannot use: their other points' and the built-in ones. */
  function takenIds(exceptId?: string): Set<string> {
    return new Set([...pack.value.points.map((p) => p.id), ...BUILTIN_PACK.points.map((p) => p.id)].filter((id) => id !== exceptId));
  }

  return {
    loaded,
    pack,
    points,
    hidden,
    disabled,
    notices,
    saveError,
    storedLocally,
    load,
    takenIds,

    /** Adds a point (at the end) or replaces the one with `previousId`. */
    async upsertPoint(point: TalkingPoint, previousId?: string): Promise<boolean> {
      const list = [...pack.value.points];
      const at = previousId === undefined ? -1 : list.findIndex((p) => p.id === previousId);
      if (at >= 0) list[at] = point;
      else if (list.length >= LIMITS.points) {
        saveError.value = `You can keep at most ${LIMITS.points} talking points. Delete one to add another.`;
        return false;
      } else list.push(point);
      const ok = await setPack({ ...pack.value, points: list });
      if (ok && previousId !== undefined && previousId !== point.id && disabled.value.includes(previousId)) {
        await setDisabled(disabled.value.map((id) => (id === previousId ? point.id : id)));
      }
      return ok;
    },

    async removePoint(id: string): Promise<boolean> {
      const ok = await setPack({ ...pack.value, points: pack.value.points.filter((p) => p.id !== id) });
      if (ok && disabled.value.includes(id)) await setDisabled(disabled.value.filter((d) => d !== id));
      return ok;
    },

    async movePoint(id: string, delta: -1 | 1): Promise<boolean> {
      const list = [...pack.value.points];
      const from = list.findIndex((p) => p.id === id);
      const to = from + delta;
      if (from < 0 || to < 0 || to >= list.length) return false;
      [list[from], list[to]] = [list[to]!, list[from]!];
      return setPack({ ...pack.value, points: list });
    },

    setPointEnabled(id: string, on: boolean): Promise<boolean> {
      const rest = disabled.value.filter((d) => d !== id);
      return setDisabled(on ? rest : [...rest, id]);
    },

    setBuiltinHidden(id: string, hide: boolean): Promise<boolean> {
      const before = hidden.value;
      const rest = before.filter((h) => h !== id);
      const next = hide ? [...rest, id] : rest;
      return save('hidden', () => saveHiddenIds(next), () => (hidden.value = next), () => (hidden.value = before));
    },

    setPackInfo(name: string, author: string): Promise<boolean> {
      return setPack({ ...pack.value, name: name.trim().slice(0, LIMITS.name) || pack.value.name, author: author.trim().slice(0, LIMITS.author) });
    },

    /** All-or-nothing: a merge that fails (too many points) or a failed save leaves everything as it was. */
    async importPoints(incoming: readonly TalkingPoint[], choice: ConflictChoice): Promise<MergeResult> {
      const merged = mergeImport(pack.value.points, incoming, choice, BUILTIN_PACK.points.map((p) => p.id));
      if (!merged.ok) return merged;
      const ok = await setPack({ ...pack.value, points: merged.points });
      return ok ? merged : { ok: false, errors: [saveError.value || 'Could not save the imported points.'] };
    },

    dismissNotices(): void {
      notices.value = [];
    },
  };
}
