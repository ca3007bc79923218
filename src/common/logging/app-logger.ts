import { LoggerService } from '@nestjs/common';
import pino, { Logger as Pino } from 'pino';
import type { LogLevel } from '../../config/config.schema';

/**
 * Nest's logger backed by pino: one JSON line per event, context = class name.
 * Callers log ids, codes, counts and durations; never bodies, emails, keys or tokens.
 */
export class AppLogger implements LoggerService {
  readonly pino: Pino;

  constructor(level: LogLevel, destination: pino.DestinationStream = pino.destination({ sync: false })) {
    this.pino = pino({ level, base: { service: 'shieldshare' }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
  }

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, stackOrContext?: string, context?: string): void {
    this.write('error', message, context ?? stackOrContext);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(level: pino.Level, message: unknown, context?: string): void {
    if (typeof message === 'object' && message !== null) this.pino[level]({ context, ...message });
    else this.pino[level]({ context }, String(message));
  }
}
