// Hostile values shared by the tests that check that bad input is refused, never thrown through.

/** A revoked Proxy of `target`: every read of it throws a TypeError. */
export function revokedProxy(target: object = {}): object {
  const p = Proxy.revocable(target, {});
  p.revoke();
  return p.proxy;
}
