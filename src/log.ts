import type { Logger } from './core/index.js';

const ORDER = { debug: 10, info: 20, warn: 30, error: 40 } as const;

/** One JSON line per log entry on stdout/stderr, filtered by level. */
export class ConsoleLogger implements Logger {
  constructor(private readonly level: keyof typeof ORDER = 'info') {}
  debug(msg: string, fields?: Record<string, unknown>): void {
    this.write('debug', msg, fields);
  }
  info(msg: string, fields?: Record<string, unknown>): void {
    this.write('info', msg, fields);
  }
  warn(msg: string, fields?: Record<string, unknown>): void {
    this.write('warn', msg, fields);
  }
  error(msg: string, fields?: Record<string, unknown>): void {
    this.write('error', msg, fields);
  }
  private write(level: keyof typeof ORDER, msg: string, fields?: Record<string, unknown>): void {
    if (ORDER[level] < ORDER[this.level]) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields });
    (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(`${line}\n`);
  }
}
