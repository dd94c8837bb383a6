// What the response cache checks an entry against: a number that changes whenever the graph may
// have changed. This instance's own writes change it at once (read-your-writes); writes by other
// processes (another API instance, the seed CLI) change the graph's version counter in Neo4j,
// which the breaker's probe reads every second, so they show within about a second.
export class Generation {
  private current = 0;
  private remote: number | null = null;

  get value(): number {
    return this.current;
  }

  bump(): void {
    this.current += 1;
  }

  // The first reading counts as a change too: until then this instance did not know the version
  // its cached answers were made at.
  observeRemote(version: number): void {
    if (version !== this.remote) this.current += 1;
    this.remote = version;
  }

  // After an outage the database may come back as something else (a restore): trust nothing cached.
  lostContact(): void {
    if (this.remote !== null) this.current += 1;
    this.remote = null;
  }
}
