/** How many `/v1` requests are being answered right now, and the most at once since the last reset. */
export class InFlightCounter {
  private current = 0;
  private highest = 0;

  /** Counts one request in; the returned function counts it out (once, however often it is called). */
  enter(): () => void {
    this.current += 1;
    this.highest = Math.max(this.highest, this.current);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.current -= 1;
    };
  }

  snapshot(): { now: number; peak: number } {
    return { now: this.current, peak: this.highest };
  }

  /** Starts a new peak from the requests in flight now. */
  reset(): void {
    this.highest = this.current;
  }
}
