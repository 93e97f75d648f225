import type { Server } from 'restify';
import { ChannelRouterDirectory, ChannelRouterMessenger, type ChannelModule } from './channels/channel.js';
import { mountPlayground } from './channels/playground/playground.js';
import { createSlackChannel } from './channels/slack/slack-channel.js';
import { createTeamsChannel } from './channels/teams/teams-channel.js';
import type { Config } from './config.js';
import { createCore, systemClock, type Clock, type Core, type Logger, type Scheduler, type Storage } from './core/index.js';
import { MemoryChartStore } from './charts/chart-store.js';
import { EchartsChartRenderer } from './charts/echarts-renderer.js';
import { mountCalendarRoutes } from './http/calendar-route.js';
import { mountChartRoutes } from './http/chart-route.js';
import { mountDownloadRoutes } from './http/download-route.js';
import { createHttpServer, listen } from './http/server.js';
import { ConsoleLogger } from './log.js';
import { openLowdbStorage } from './storage/lowdb/lowdb-storage.js';
import { TimerScheduler } from './scheduler/timer-scheduler.js';
import { MemoryStorage } from './storage/memory/memory-storage.js';

/** Replaceable parts, for tests (fake clock, memory storage, recording logger). */
export interface AppOverrides {
  logger?: Logger;
  storage?: Storage;
  clock?: Clock;
  /** Tests pass a ManualScheduler driven by their fake clock. */
  scheduler?: Scheduler;
}

/** A running Leerkring: the server, its URL and the parts tests look at. */
export interface RunningApp {
  url: string;
  server: Server;
  core: Core;
  scheduler: Scheduler;
  storage: Storage;
  messenger: ChannelRouterMessenger;
  channels: ChannelModule[];
  close(): Promise<void>;
}

/** Opens the configured storage. */
export async function openStorage(config: Config, logger: Logger, clock: Clock = systemClock): Promise<Storage> {
  if (config.storage.driver === 'memory') return new MemoryStorage();
  return openLowdbStorage({ file: config.storage.file, logger, clock });
}

/** The composition root: storage, core, channels, one server on one port. */
export async function startApp(config: Config, overrides: AppOverrides = {}): Promise<RunningApp> {
  const logger = overrides.logger ?? new ConsoleLogger(config.logLevel);
  const storage = overrides.storage ?? (await openStorage(config, logger, overrides.clock));
  const messenger = new ChannelRouterMessenger();
  const directory = new ChannelRouterDirectory();
  // The scheduler calls back into the core, which is built with the scheduler: bind late.
  let core: Core | undefined;
  const timerScheduler = overrides.scheduler ? undefined : new TimerScheduler((id) => core!.runJob(id), logger);
  const scheduler = overrides.scheduler ?? timerScheduler!;
  const clock = overrides.clock ?? systemClock;
  const charts = new EchartsChartRenderer();
  const chartStore = new MemoryChartStore();
  core = createCore({ storage, clock, messenger, directory, logger, publicUrl: config.publicUrl, scheduler, charts, chartStore });

  const channels: ChannelModule[] = [];
  if (config.teams.enabled) {
    if (config.teams.authDisabled) {
      logger.warn('teams: MICROSOFT_APP_ID is empty, so Bot Framework authentication is OFF. Fine for local development, never for production.');
    }
    channels.push(
      createTeamsChannel({
        ...(config.teams.appId ? { appId: config.teams.appId } : {}),
        ...(config.teams.appPassword ? { appPassword: config.teams.appPassword } : {}),
        ...(config.teams.appTenantId ? { appTenantId: config.teams.appTenantId } : {}),
        appType: config.teams.appType,
        core,
        logger,
        maxBodyBytes: config.maxBodyBytes,
      }),
    );
  } else {
    logger.info('teams: disabled (TEAMS_ENABLED=false)');
  }
  if (config.slack.enabled && config.slack.signingSecret && config.slack.botToken) {
    channels.push(
      createSlackChannel({
        signingSecret: config.slack.signingSecret,
        botToken: config.slack.botToken,
        apiUrl: config.slack.apiUrl,
        core,
        logger,
        maxBodyBytes: config.maxBodyBytes,
      }),
    );
  } else {
    logger.info(`slack: disabled (${config.slack.disabledReason ?? 'no credentials'})`);
  }

  const server = createHttpServer({
    logger,
    health: {
      storageHealthy: () => storage.healthy(),
      channels: {
        teams: config.teams.enabled,
        slack: channels.some((c) => c.name === 'slack'),
        playground: config.playground.enabled,
      },
    },
  });
  mountCalendarRoutes(server, { storage, logger });
  mountDownloadRoutes(server, { storage, logger, clock });
  mountChartRoutes(server, { store: chartStore, logger });
  for (const channel of channels) {
    channel.mount(server);
    messenger.register(channel.name, channel.messenger);
    if (channel.directory) directory.register(channel.name, channel.directory);
  }
  let url = '';
  const playground = config.playground.enabled ? mountPlayground(server, { selfUrl: () => url, logger }) : undefined;
  if (!config.playground.enabled) logger.info(`playground: off (${config.playground.disabledReason ?? 'disabled'})`);

  const rearmed = await core.start();
  if (rearmed > 0) logger.info('reminders: re-armed after start', { count: rearmed });
  url = await listen(server, config.port, config.host);
  logger.info('leerkring: listening', { url, channels: channels.map((c) => c.name), playground: config.playground.enabled });

  return {
    url,
    server,
    core,
    scheduler,
    storage,
    messenger,
    channels,
    async close() {
      timerScheduler?.stop();
      playground?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const channel of channels) await channel.close?.();
      await storage.close();
    },
  };
}
