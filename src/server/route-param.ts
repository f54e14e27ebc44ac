import type { Request } from 'restify';

/** A named path parameter as a string; '' when the route has none by that name, so callers validate one value. */
export function routeParam(req: Request, name: string): string {
  const value: unknown = req.params?.[name];
  return typeof value === 'string' ? value : '';
}
