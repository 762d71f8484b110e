// Loaded with `node --import` into the Next.js server of the browser suite: moves this process's
// clock to FIXTURE_NOW (an ISO instant) at start-up; time then flows as usual. The browser gets the
// same instant from Playwright's clock, so the page and the server agree on what "now" is.
const fixtureNow = Date.parse(process.env.FIXTURE_NOW ?? '');
if (Number.isNaN(fixtureNow)) throw new Error('fixture-clock: FIXTURE_NOW must be an ISO instant');

const RealDate = Date;
const offset = fixtureNow - RealDate.now();
const now = () => RealDate.now() + offset;

globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
  apply: () => new RealDate(now()).toString(),
  get: (target, key, receiver) => (key === 'now' ? now : Reflect.get(target, key, receiver)),
});
