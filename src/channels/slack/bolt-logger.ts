import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../core/index.js';

const ORDER: Record<LogLevel, number> = { [LogLevel.DEBUG]: 10, [LogLevel.INFO]: 20, [LogLevel.WARN]: 30, [LogLevel.ERROR]: 40 };

// The Web API client logs request bodies and results at debug level; those hold message text and names.
const BODY_LINES = /^http request (body|result)/;

function describe(part: unknown): string {
  if (part instanceof Error) return part.message;
  if (typeof part === 'string') return part;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
}

/** Bolt's and the Web API client's logger, writing to our Logger with a `slack:` prefix. */
export function toBoltLogger(logger: Logger): BoltLogger {
  let level: LogLevel = LogLevel.DEBUG;
  const write = (at: LogLevel, parts: unknown[]): void => {
    if (ORDER[at] < ORDER[level]) return;
    const line = parts.map(describe).join(' ');
    if (at === LogLevel.DEBUG && BODY_LINES.test(line)) return;
    logger[at](`slack: ${line}`);
  };
  return {
    debug: (...parts: unknown[]) => write(LogLevel.DEBUG, parts),
    info: (...parts: unknown[]) => write(LogLevel.INFO, parts),
    warn: (...parts: unknown[]) => write(LogLevel.WARN, parts),
    error: (...parts: unknown[]) => write(LogLevel.ERROR, parts),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
