import { TeamsActivityHandler, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type TurnContext } from 'botbuilder';

/** Hands a turn to the core; resolves false when the activity was not one the core handles. */
export type Dispatch = (context: TurnContext) => Promise<boolean>;

/** The activity types this bot passes on to the core; the SDK acknowledges the rest. */
export const DISPATCHED_TYPES: ReadonlySet<string> = new Set(['message', 'conversationUpdate', 'installationUpdate', 'invoke']);

/** Passes messages, card submits, installs and membership changes to the core, and answers `Action.Execute` invokes. */
export class LeerkringTeamsBot extends TeamsActivityHandler {
  constructor(private readonly dispatch: Dispatch) {
    super();
    this.onMessage(async (context, next) => {
      await dispatch(context);
      await next();
    });
    this.onConversationUpdate(async (context, next) => {
      await dispatch(context);
      await next();
    });
    this.onInstallationUpdate(async (context, next) => {
      await dispatch(context);
      await next();
    });
  }

  // The core answers with ordinary messages in the conversation; the invoke response only confirms the click.
  // Teams expects a string `value` for the message response type, which the SDK's type does not allow for.
  protected override async onAdaptiveCardInvoke(context: TurnContext, _value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    if (await this.dispatch(context)) return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: '✓' as unknown as Record<string, unknown> };
    return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'This card action is not valid.' } };
  }
}
