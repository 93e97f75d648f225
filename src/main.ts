import { startApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { ConsoleLogger } from './log.js';

// Local runs read .env when present; in production the platform sets the environment.
try {
  process.loadEnvFile?.('.env');
} catch {
  // no .env file: fine
}

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const logger = new ConsoleLogger(config.logLevel);
process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { error: String(reason) }));

try {
  const app = await startApp(config, { logger });
  if (config.playground.enabled) logger.info(`playground: open ${app.url}/ in your browser`);
  const stop = async (signal: string): Promise<void> => {
    logger.info(`leerkring: ${signal} received, stopping`);
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  logger.error('leerkring: could not start', { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
