import './style.css';
import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { createEditorState } from '@/utils/packs/editor-state';

render(<OptionsApp state={createEditorState()} />, document.getElementById('app')!);
