/** The current route, following the address bar's hash (back and forward included). */
import { formatRoute, parseRoute, type Route } from './route';

class Router {
  route = $state<Route>(parseRoute(window.location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.route = parseRoute(window.location.hash);
    });
  }

  /** Goes to a route, adding a history entry (or replacing the current one). */
  go(route: Route, options: { replace?: boolean } = {}): void {
    const hash = formatRoute(route);
    if (hash === window.location.hash) return;
    if (options.replace) {
      history.replaceState(null, '', hash);
      this.route = parseRoute(hash);
    } else {
      window.location.hash = hash;
    }
  }

  /** The href for a route, for links. */
  href(route: Route): string {
    return formatRoute(route);
  }
}

export const router = new Router();
