/** The DevTools page only adds the panel; the panel page does the work. */
import { devtoolsApi } from '../shared/browser-adapter';

// No callback: Chromium's is optional and Firefox answers with a promise.
void devtoolsApi().panels.create('Status Inspector', '/icons/icon-32.png', '/src/devtools/panel.html');
