/** The bench site's own process (see startBenchSite): serves, then tells its parent the port. */
import { serveBenchSite } from './bench-site';

const { port } = await serveBenchSite();
process.send?.({ port });
// The parent going away ends the site too.
process.on('disconnect', () => process.exit(0));
