import { render } from 'preact';
import { devtoolsApi } from '../shared/browser-adapter';
import { PanelApp } from './panel-app';

const root = document.getElementById('app');
if (root) render(<PanelApp tabId={devtoolsApi().inspectedWindow.tabId} />, root);
