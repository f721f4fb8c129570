/**
 * Preload (`node --import tsx --import ./test/helpers/shift-clock.ts ...`) that moves this
 * process's clock by SHIFT_CLOCK_DAYS days (may be negative or fractional): `Date.now()`,
 * `new Date()` without arguments and `Date()` called as a function see the shifted time.
 * Dates built from a value (`new Date(0)`, `Date.parse`, `Date.UTC`) are untouched, and
 * `instanceof Date` still holds for every date. Used to prove that a build does not read the clock.
 */
const days = Number(process.env["SHIFT_CLOCK_DAYS"] ?? "0");
if (!Number.isFinite(days)) throw new Error(`SHIFT_CLOCK_DAYS "${process.env["SHIFT_CLOCK_DAYS"]}" is not a number`);

const shiftMs = Math.round(days * 86_400_000);
const RealDate = globalThis.Date;
const realNow = RealDate.now.bind(RealDate);
const shiftedNow = (): number => realNow() + shiftMs;

globalThis.Date = new Proxy(RealDate, {
  construct(target, args: unknown[], newTarget) {
    return Reflect.construct(target, args.length === 0 ? [shiftedNow()] : args, newTarget) as object;
  },
  apply() {
    return new RealDate(shiftedNow()).toString();
  },
  get(target, property, receiver) {
    if (property === "now") return shiftedNow;
    return Reflect.get(target, property, receiver) as unknown;
  },
});

export {};
