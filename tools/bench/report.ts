// What the benchmark scripts share: percentiles, formatting, and the list of reported figures.

/** The p-th percentile (nearest rank) of `xs`. */
export function pct (xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(p / 100 * s.length))]!
}

/** Milliseconds with two decimals. */
export const ms = (x: number): string => `${x.toFixed(2)} ms`

/** Every figure reported so far: name, value, target. */
export const results: Array<[string, string, string]> = []

/** Prints one figure against its target and keeps it for the summary. */
export function report (name: string, value: string, target: string): void {
  results.push([name, value, target])
  console.log(`${name}: ${value}   (target ${target})`)
}
