import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';

type AuthenticateResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;
type ClaimsIdentity = AuthenticateResult['claimsIdentity'];
type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;

/** A bot talks to a handful of channels (service URLs); a few dozen clients is plenty, and a bound keeps odd callers from growing it. */
export const MAX_REUSED_CLIENTS = 64;

/** Clients by key, created once (concurrent first requests share the creation); the oldest goes beyond the bound, a failed creation is forgotten. */
class ReusedClients<T> {
  private readonly clients = new Map<string, Promise<T>>();

  get(key: string, create: () => Promise<T>): Promise<T> {
    const known = this.clients.get(key);
    if (known !== undefined) return known;
    const oldest = this.clients.keys().next();
    if (this.clients.size >= MAX_REUSED_CLIENTS && !oldest.done) this.clients.delete(oldest.value);
    const created = create();
    this.clients.set(key, created);
    created.catch(() => {
      if (this.clients.get(key) === created) this.clients.delete(key);
    });
    return created;
  }
}

/** The app id botbuilder's connector factory and user token client are made for: the request's audience claim, else its appid claim. */
function appIdOf(identity: ClaimsIdentity): string {
  return identity.getClaimValue('aud') ?? identity.getClaimValue('appid') ?? '';
}

/**
 * botbuilder's CloudAdapter builds a new ConnectorClient and UserTokenClient
 * (each an HTTP pipeline of a dozen policies, with credentials) for every
 * incoming activity, a tenth of a turn's CPU and most of what a turn keeps
 * alive. The clients hold no per-turn state (credentials cache their own
 * tokens), so they are reused per app id, service URL and audience, as the
 * older BotFrameworkAdapter did. Authentication itself is unchanged: every
 * request is still checked by the SDK.
 */
export class ClientReusingAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectorClients = new ReusedClients<ConnectorClient>();
  private readonly userTokenClients = new ReusedClients<UserTokenClient>();

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    const factory = result.connectorFactory;
    return factory ? { ...result, connectorFactory: this.reusing(factory, appIdOf(result.claimsIdentity)) } : result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(super.createConnectorFactory(claimsIdentity), appIdOf(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokenClients.get(appIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  private reusing(factory: ConnectorFactory, appId: string): ConnectorFactory {
    return {
      create: (serviceUrl: string, audience?: string) =>
        this.connectorClients.get(JSON.stringify([appId, serviceUrl, audience ?? null]), () => factory.create(serviceUrl, audience)),
    };
  }
}
