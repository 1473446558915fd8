import { render } from 'preact';
import { isFirefox } from '../shared/browser-adapter';
import { devtoolsIfPresent, followDevtoolsTheme } from './devtools-env';
import { inspectedTabId } from './inspected-tab';
import { PanelApp } from './panel-app';

const devtools = devtoolsIfPresent();
followDevtoolsTheme(devtools, document.documentElement);
const root = document.getElementById('app');
if (root) render(<PanelApp tabId={inspectedTabId(location.search, devtools?.inspectedWindow.tabId)} devtools={devtools} firefox={isFirefox} />, root);
