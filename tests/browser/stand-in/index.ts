// The Supabase stand-in: server, canned responses, Auth payload builders.
export { StandIn } from './server.ts';
export { RealtimeStandIn, REALTIME_PATH } from './realtime.ts';
export { auth, functions, json, rest, storage } from './responses.ts';
export type { FunctionName, FunctionResult, Row, TableName } from './responses.ts';
export { decodeJwt, jwks, makeSession, makeUser, sessionCookies, signEs256, signHs256, STAND_IN_JWT_SECRET } from './session.ts';
export type { SessionOptions, TestUserInput } from './session.ts';
export type {
  FixtureOptions,
  JoinReply,
  PhoenixMessage,
  RealtimeJoin,
  RecordedRequest,
  RequestFilter,
  RequestMatcher,
  Responder,
  StandInResponse,
} from './types.ts';
