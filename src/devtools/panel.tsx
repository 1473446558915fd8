/** DevTools panel entry point: wiring only. The tab is the one DevTools inspects. */
import { render } from 'preact';
import { isFirefox } from '../shared/browser-adapter';
import * as registryLookups from '../shared/registry/lookup';
import { provideLookups } from '../shared/ui/registry-source';
import { devtoolsIfPresent, followDevtoolsTheme } from './devtools-env';
import { inspectedTabId } from './inspected-tab';
import { PanelApp } from './panel-app';

// The panel names every row's status in its first render: it loads the registry with its own code.
provideLookups(registryLookups);
const devtools = devtoolsIfPresent();
followDevtoolsTheme(devtools, document.documentElement);
const root = document.getElementById('app');
if (root) render(<PanelApp surface="devtools" tabId={inspectedTabId(devtools?.inspectedWindow.tabId)} devtools={devtools} firefox={isFirefox} />, root);
