// Types of the API as the server declares it (openapi.d.ts, generated from the routes' zod schemas by
// `npm run contract`). Hooks type their answers with these instead of copying the server's shapes.
import type { paths } from './openapi';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Responses<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: infer R } ? R : never;

/** A route's path without the `/api/v1` prefix the client adds. */
type Strip<K> = K extends `/api/v1${infer P}` ? P : never;
export type ApiPath = Strip<keyof paths>;
type Full<P extends ApiPath> = `/api/v1${P}` & keyof paths;

/** The JSON a route answers on success (200, 201 or 202). */
export type ApiResult<P extends ApiPath, M extends keyof paths[Full<P>] = 'get' & keyof paths[Full<P>]> =
  Responses<Full<P>, M> extends infer R
    ? R extends { 200: infer A }
      ? Json<A>
      : R extends { 201: infer B }
        ? Json<B>
        : R extends { 202: infer C }
          ? Json<C>
          : never
    : never;

/** The JSON body a route takes. */
export type ApiBody<P extends ApiPath, M extends keyof paths[Full<P>]> = paths[Full<P>][M] extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;

/** The query a route takes. */
export type ApiQuery<P extends ApiPath, M extends keyof paths[Full<P>] = 'get' & keyof paths[Full<P>]> = paths[Full<P>][M] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;

/** One row of a route's list (`{ items: [...] }`, a page or not). */
export type ApiItem<P extends ApiPath, M extends keyof paths[Full<P>] = 'get' & keyof paths[Full<P>]> =
  ApiResult<P, M> extends { items: (infer I)[] } ? I : never;

/**
 * A generated type with some fields narrowed to the web's vocabulary, where the server's response schema
 * is looser than what it writes (z.string() for an enum, z.unknown() for an object). Each use says why.
 */
export type Narrow<T, N extends { [K in keyof N]: K extends keyof T ? unknown : never }> = Omit<T, keyof N> & N;
