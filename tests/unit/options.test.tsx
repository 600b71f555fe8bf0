import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { BUILTIN_PACK } from '@/utils/knowledge/builtin';
import type { Pack, TalkingPoint } from '@/utils/knowledge/types';
import { createEditorState } from '@/utils/packs/editor-state';
import { loadEducatorState, saveUserPack, emptyUserPack } from '@/utils/packs/store';
import { readSettings } from '@/utils/settings';

afterEach(cleanup);
beforeEach(() => {
  fakeBrowser.reset();
});

function point(id: string, over: Partial<TalkingPoint> = {}): TalkingPoint {
  return {
    id,
    title: `Point ${id}`,
    text: `Text of ${id}.`,
    claims: ['sitting'],
    sources: [{ label: 'Example 2020', url: 'https://example.org/x', level: 'OBS' }],
    ...over,
  };
}

async function storedPoints(): Promise<TalkingPoint[]> {
  const raw = (await fakeBrowser.storage.sync.get('educatorPack')).educatorPack as Pack | undefined;
  return raw?.points ?? [];
}

async function renderApp(points: TalkingPoint[] = []) {
  if (points.length) await saveUserPack({ ...emptyUserPack(), points });
  const download = vi.fn<(name: string, text: string) => void>();
  const state = createEditorState();
  render(<OptionsApp state={state} download={download} />);
  await screen.findByRole('heading', { name: 'Your talking points' });
  return { state, download };
}

function type(label: string | RegExp, value: string, scope: HTMLElement = document.body) {
  fireEvent.input(within(scope).getByLabelText(label), { target: { value } });
}

async function chooseFile(content: string, name = 'pack.json') {
  const input = screen.getByLabelText(/^Import a pack/) as HTMLInputElement;
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const packJson = (points: unknown[], over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'glute-lens-pack', version: 1, name: 'Shared', author: 'Ana', points, ...over });

describe('<OptionsApp> point editor', () => {
  it('adds a point after fixing what the schema rejects, with a live preview', async () => {
    await renderApp();
    expect(screen.getByText(/no talking points of your own yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a talking point' }));

    type('Title', 'Desk work and glutes');
    // The preview is the sidebar's card, marked as the user's own.
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(within(preview).getByRole('heading', { name: 'Desk work and glutes' })).toBeTruthy();
    expect(within(preview).getByText('Yours')).toBeTruthy();
    type(/^Text/, 'Sitting is not the enemy.');
    expect(within(preview).getByText('Sitting is not the enemy.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Add a source' }));
    type('Citation', 'Some review');
    type('Link (https://…)', 'javascript:alert(1)');
    fireEvent.click(screen.getByRole('button', { name: 'Add point' }));
    const alert = await screen.findByText(/Please fix these before saving/);
    const errors = alert.closest('[role="alert"]') as HTMLElement;
    expect(within(errors).getByText('The point needs at least one claim or keyword')).toBeTruthy();
    expect(within(errors).getByText('Source 1 link must start with http:// or https:// and be a full web address')).toBeTruthy();
    expect(await storedPoints()).toEqual([]);

    fireEvent.click(screen.getByLabelText('Sitting weakens or tightens the glutes'));
    type('Link (https://…)', 'https://example.org/review');
    fireEvent.change(screen.getByLabelText('Evidence level'), { target: { value: 'RCT' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add point' }));

    await waitFor(async () => expect(await storedPoints()).toHaveLength(1));
    expect((await storedPoints())[0]).toEqual({
      id: 'desk-work-and-glutes',
      title: 'Desk work and glutes',
      text: 'Sitting is not the enemy.',
      claims: ['sitting'],
      sources: [{ label: 'Some review', url: 'https://example.org/review', level: 'RCT' }],
    });
    const list = await screen.findByRole('list', { name: 'Your talking points' });
    expect(within(list).getByText('Desk work and glutes')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Preview' })).toBeNull();
  });

  it('edits, reorders, switches off and deletes points', async () => {
    await renderApp([point('a'), point('b'), point('c')]);
    const list = screen.getByRole('list', { name: 'Your talking points' });

    fireEvent.click(within(list).getByRole('button', { name: 'Edit "Point b"' }));
    expect(screen.getByRole('heading', { name: 'Edit "Point b"' })).toBeTruthy();
    type('Title', 'Point B renamed');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await storedPoints()).map((p) => p.title)).toEqual(['Point a', 'Point B renamed', 'Point c']));
    expect((await storedPoints())[1]!.id).toBe('b'); // an edit keeps the id

    fireEvent.click(within(list).getByRole('button', { name: 'Move "Point c" up' }));
    await waitFor(async () => expect((await storedPoints()).map((p) => p.id)).toEqual(['a', 'c', 'b']));
    expect((within(list).getByRole('button', { name: 'Move "Point a" up' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(within(list).getByRole('checkbox', { name: 'Show in sidebar: Point a' }));
    await waitFor(async () => expect((await loadEducatorState()).packs[0]!.points.map((p) => p.id)).toEqual(['c', 'b']));

    fireEvent.click(within(list).getByRole('button', { name: 'Delete "Point c"' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep' }));
    expect(await storedPoints()).toHaveLength(3);
    fireEvent.click(within(list).getByRole('button', { name: 'Delete "Point c"' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(async () => expect((await storedPoints()).map((p) => p.id)).toEqual(['a', 'b']));
  });

  it('hides a built-in point without deleting it, and shows it again', async () => {
    await renderApp();
    const first = BUILTIN_PACK.points[0]!;
    const box = screen.getByRole('checkbox', { name: first.title });
    fireEvent.click(box);
    await waitFor(async () => expect((await loadEducatorState()).hiddenPointIds).toEqual([first.id]));
    fireEvent.click(box);
    await waitFor(async () => expect((await loadEducatorState()).hiddenPointIds).toEqual([]));
    expect(BUILTIN_PACK.points[0]).toBe(first);
  });

  it('saves the sidebar side and width', async () => {
    await renderApp();
    fireEvent.click(await screen.findByRole('radio', { name: 'Left' }));
    await waitFor(async () => expect((await readSettings()).sidebarSide).toBe('left'));
    fireEvent.change(screen.getByRole('slider', { name: /Sidebar width/ }), { target: { value: '420' } });
    await waitFor(async () => expect((await readSettings()).sidebarWidth).toBe(420));
  });
});

describe('<OptionsApp> import and export', () => {
  it('imports a valid pack', async () => {
    await renderApp([point('mine')]);
    await chooseFile(packJson([point('t1'), point('t2')]));
    expect(await screen.findByText('Imported "Shared" by Ana: 2 added.')).toBeTruthy();
    expect((await storedPoints()).map((p) => p.id)).toEqual(['mine', 't1', 't2']);
  });

  it.each([
    ['not JSON', 'this is not json', /not valid JSON/],
    ['wrong format', packJson([], { format: 'other' }), /format must be "glute-lens-pack"/],
    ['wrong version', packJson([], { version: 3 }), /version 3; Glute Lens reads version 1 only/],
    ['wrong types', packJson([{ ...point('x'), claims: 'sitting' }]), /^points\[0\]\.claims must be a list$/],
    ['bad URL', packJson([{ ...point('x'), sources: [{ label: 'a', url: 'javascript:x', level: 'SR' }] }]), /points\[0\]\.sources\[0\]\.url must start with http/],
    ['duplicate ids', packJson([point('x'), point('x')]), /ids must be unique/],
    ['too big', packJson([point('x')]) + ' '.repeat(300 * 1024), /too big/],
  ])('a file with %s shows an alert and changes nothing', async (_kind, content, message) => {
    await renderApp([point('mine')]);
    await chooseFile(content, 'bad.json');
    const alert = await screen.findByText(/Nothing was imported from "bad.json"/);
    const region = alert.closest('[role="alert"]') as HTMLElement;
    expect(within(region).getByText(message)).toBeTruthy();
    expect((await storedPoints()).map((p) => p.id)).toEqual(['mine']);
  });

  it('asks about clashing ids: replace or keep both', async () => {
    await renderApp([point('a', { title: 'Mine' })]);
    await chooseFile(packJson([point('a', { title: 'Theirs' })]));
    expect(await screen.findByText(/has the same id as yours: Mine/)).toBeTruthy();
    expect((await storedPoints()).map((p) => p.title)).toEqual(['Mine']); // nothing yet
    fireEvent.click(screen.getByRole('button', { name: 'Keep both' }));
    await waitFor(async () => expect((await storedPoints()).map((p) => `${p.id}:${p.title}`)).toEqual(['a:Mine', 'a-2:Theirs']));

    await chooseFile(packJson([point('a', { title: 'Theirs again' })]));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace mine' }));
    await waitFor(async () => expect((await storedPoints()).map((p) => `${p.id}:${p.title}`)).toEqual(['a:Theirs again', 'a-2:Theirs']));

    await chooseFile(packJson([point('a', { title: 'Third' })]));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel import' }));
    expect(await screen.findByText('Import cancelled. Nothing changed.')).toBeTruthy();
    expect((await storedPoints()).map((p) => p.title)).toEqual(['Theirs again', 'Theirs']);
  });

  it('export hands a format-v1 pack to the download, which imports back unchanged', async () => {
    const { download, state } = await renderApp([point('a', { keywords: ['desk'], tones: { brief: 'Short.' } }), point('b')]);
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [name, text] = download.mock.calls[0]!;
    expect(name).toBe('glute-lens-pack-my-talking-points.json');
    const pack = JSON.parse(text) as Pack;
    expect(pack).toMatchObject({ format: 'glute-lens-pack', version: 1, name: 'My talking points' });
    expect(pack.points).toEqual(state.points.value);
  });

  it('shows HTML from a pack as text', async () => {
    await renderApp();
    const title = '<img src=x onerror="window.__pwned=1">Hello';
    await chooseFile(packJson([point('x', { title, text: '<script>window.__pwned=1</script>' })]));
    const list = await screen.findByRole('list', { name: 'Your talking points' });
    expect(within(list).getByText(title)).toBeTruthy();
    expect(document.querySelector('img, script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('<OptionsApp> tone wordings', () => {
  it('edits clinical and brief wordings and keeps an imported friendly one', async () => {
    await renderApp([point('t', { tones: { friendly: 'Friendly one.', brief: 'Brief one.' } })]);
    fireEvent.click(screen.getByRole('button', { name: 'Edit "Point t"' }));
    type('Clinical wording', 'Clinical one.');
    const preview = screen.getByRole('region', { name: 'Preview' });
    fireEvent.click(within(preview).getByRole('button', { name: 'Clinical' }));
    expect(within(preview).getByText('Clinical one.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () =>
      expect((await storedPoints())[0]!.tones).toEqual({ friendly: 'Friendly one.', clinical: 'Clinical one.', brief: 'Brief one.' }),
    );
  });
});
