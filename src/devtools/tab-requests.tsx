/**
 * "All requests in a tab" entry point: wiring only. The popup's button opens this page in a tab of
 * its own with `?tab=ID`, for people who never open DevTools. It shows the panel's table from the
 * extension's capture and touches no `devtools.*` API: there is none outside DevTools.
 */
import { render } from 'preact';
import { isFirefox } from '../shared/browser-adapter';
import * as registryLookups from '../shared/registry/lookup';
import { provideLookups } from '../shared/ui/registry-source';
import { requestedTabId } from './inspected-tab';
import { PanelApp } from './panel-app';

// Every row's status is named in the first render: the page loads the registry with its own code.
provideLookups(registryLookups);
const root = document.getElementById('app');
if (root) render(<PanelApp surface="tab" tabId={requestedTabId(location.search)} devtools={undefined} firefox={isFirefox} />, root);
