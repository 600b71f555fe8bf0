import './style.css';
import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';

// e2e opens the popup as a page with ?tab=<id> to point it at a given tab.
const tab = Number(new URLSearchParams(location.search).get('tab'));
render(<Popup tabId={Number.isInteger(tab) && tab > 0 ? tab : undefined} />, document.getElementById('app')!);
