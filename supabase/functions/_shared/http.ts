// The request pipeline every function shares: CORS, allowed methods, JSON in and out, errors as JSON.
import { type Language, languageFromAcceptLanguage } from './contract/language.ts';
import { corsFor, parseOrigins } from './cors.ts';
import { baseEnv, readEnv } from './env.ts';
import { errorBody, errors, HttpError, toHttpError } from './errors.ts';
import { log } from './log.ts';
import { reportError } from './report.ts';
import { functionNameOf, requestIdHeader, requestIdOf } from './request-id.ts';
import { z } from './zod.ts';

export type Route = {
  methods: string[];
  handle: (req: Request) => Promise<Response>;
  /** Allowed web origins; read from the environment when omitted. */
  origins?: string[];
};

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

/** The language a refusal is written in: the one the caller asks for (the web app sends its viewer's). */
export function languageOf(req: Request): Language {
  return languageFromAcceptLanguage(req.headers.get('accept-language'));
}

export function errorResponse(error: HttpError, language: Language, headers: Record<string, string> = {}): Response {
  return json(errorBody(error, language), error.status, headers);
}

/** A fetch handler: answers preflights, refuses foreign origins and other methods, maps errors. */
export function createHandler(route: Route): (req: Request) => Promise<Response> {
  return async (req) => {
    const requestId = requestIdOf(req);
    const language = languageOf(req);
    let cors: Record<string, string> = { [requestIdHeader]: requestId };
    try {
      const origins = route.origins ?? configuredOrigins();
      const decision = corsFor(req.headers.get('origin'), origins, route.methods);
      cors = { ...cors, ...decision.headers };
      if (!decision.allowed) throw errors.originNotAllowed();
      if (req.method === 'OPTIONS') return new Response(null, { status: 204, headers: cors });
      if (!route.methods.includes(req.method)) {
        return errorResponse(errors.methodNotAllowed(), language, { ...cors, Allow: [...route.methods, 'OPTIONS'].join(', ') });
      }
      const response = await route.handle(req);
      return withHeaders(response, cors);
    } catch (error) {
      const httpError = toHttpError(error);
      if (httpError.status >= 500) {
        const context = { requestId, functionName: functionNameOf(req) };
        log('error', error instanceof Error ? `${error.name}: ${error.message}` : String(error), {
          request_id: context.requestId,
          function: context.functionName,
        });
        await reportError(error, context);
      }
      return errorResponse(httpError, language, cors);
    }
  };
}

/** Adds `headers`; Vary values are merged with the response's own. */
function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) {
    const existing = name.toLowerCase() === 'vary' ? response.headers.get('vary') : null;
    const merged = existing ? [...new Set([...existing.split(','), value].map((v) => v.trim()))].join(', ') : value;
    response.headers.set(name, merged);
  }
  return response;
}

function configuredOrigins(): string[] {
  const env = readEnv(baseEnv);
  return parseOrigins(env.ALLOWED_ORIGINS, env.SITE_URL);
}

const maxBodyBytes = 64 * 1024;

/** The JSON body checked against `schema`; an empty body counts as `{}` when `emptyAsObject`. */
export async function readJson<S extends z.core.$ZodType>(
  req: Request,
  schema: S,
  options: { emptyAsObject?: boolean } = {},
): Promise<z.infer<S>> {
  if (Number(req.headers.get('content-length') ?? 0) > maxBodyBytes) throw errors.payloadTooLarge();
  const text = await req.text();
  if (new TextEncoder().encode(text).length > maxBodyBytes) throw errors.payloadTooLarge();
  let value: unknown;
  if (text.trim() === '' && options.emptyAsObject) value = {};
  else {
    try {
      value = JSON.parse(text);
    } catch {
      throw errors.invalidJson();
    }
  }
  return validate(schema, value, languageOf(req));
}

// zod speaks French by default (zod.ts); an English caller gets zod's English messages.
const issueMessages: Record<Language, z.core.$ZodErrorMap | undefined> = { fr: undefined, en: z.locales.en().localeError };

/** `value` checked against `schema` (zod or zod/mini), or a 400 listing each issue's path and message in `language`. */
export function validate<S extends z.core.$ZodType>(schema: S, value: unknown, language: Language): z.infer<S> {
  const parsed = z.safeParse(schema, value, { error: issueMessages[language] });
  if (parsed.success) return parsed.data;
  throw errors.invalidPayload(
    parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  );
}
