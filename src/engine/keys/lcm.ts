/** Least common multiple of two positive BigInts (the common scale of fractional criteria). */
export function lcm(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}
