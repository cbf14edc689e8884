/**
 * Every request method and event of ParallaxApi by name, for the checks of what the built main
 * process handles and what the built preload exposes: the contract's own lists (`METHODS` and
 * `EVENTS` in shared/api.ts, complete by their type), so a method added there is checked here too.
 */
export { EVENT_NAMES as EVENTS, METHOD_NAMES as METHODS, subscriptionName as subscription } from '../../../src/shared/api';
