using Community.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace Community.Web.ScaleOut;

/// <summary>
/// What differs between one node and several. Without <c>Redis:Configuration</c> every piece below stays in this
/// process's memory, exactly as a single node needs. With it, the nodes share through Redis: the SignalR backplane,
/// visitors' cached pages, data-protection keys, rate-limit counters, job claims, viewer counts, and signals for what each node keeps
/// in memory (suspensions, role changes, the brand look). Registered after the defaults it replaces (output cache
/// store, key storage), so its registrations are the ones in force.
/// </summary>
public static class ScaleOutServices
{
    public static IServiceCollection AddCommunityScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RedisOptions.Section).Get<RedisOptions>() ?? new RedisOptions();
        services.AddSingleton<InMemoryWindowCounter>();
        if (!options.IsConfigured)
        {
            services.AddSingleton<IWindowCounter>(s => s.GetRequiredService<InMemoryWindowCounter>());
            services.AddSingleton<IClusterSignals, SingleNodeSignals>();
            services.AddSingleton<IJobLease, SingleNodeJobLease>();
            services.AddSingleton<Realtime.IPresenceCounts, Realtime.SingleNodePresenceCounts>();
            return services;
        }

        var redis = new SharedRedis(options);
        services.AddSingleton(_ => redis);
        services.AddSignalR().AddStackExchangeRedis(o =>
        {
            o.ConnectionFactory = _ => Task.FromResult(redis.Connection);
            o.Configuration.ChannelPrefix = RedisChannel.Literal(redis.Key("signalr"));
        });
        services.AddStackExchangeRedisOutputCache(o =>
        {
            o.ConnectionMultiplexerFactory = () => Task.FromResult(redis.Connection);
            o.InstanceName = redis.Key("pages:");
        });
        // The Redis store, wrapped so that pages are still served (uncached) while Redis is away.
        var pageStore = services.Last(d => d.ServiceType == typeof(Microsoft.AspNetCore.OutputCaching.IOutputCacheStore));
        services.Remove(pageStore);
        services.AddSingleton<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>(s =>
            new TolerantPageStore(Created(s, pageStore), s.GetRequiredService<ILogger<TolerantPageStore>>()));
        // Every node must read every other node's cookies and form tokens: one key ring, in Redis instead of data/keys.
        services.AddDataProtection().PersistKeysToStackExchangeRedis(() => redis.Database, redis.Key("data-protection-keys"));
        services.AddSingleton<IWindowCounter, RedisWindowCounter>();
        services.AddSingleton<IClusterSignals, RedisClusterSignals>();
        services.AddHostedService<ClusterSignalListener>();
        services.AddSingleton<IJobLease, RedisJobLease>();
        services.AddSingleton<Realtime.RedisPresenceCounts>();
        services.AddSingleton<Realtime.IPresenceCounts>(s => s.GetRequiredService<Realtime.RedisPresenceCounts>());
        services.AddHostedService<Realtime.PresenceRenewal>();
        return services;
    }

    private static Microsoft.AspNetCore.OutputCaching.IOutputCacheStore Created(IServiceProvider services, ServiceDescriptor registered) =>
        (Microsoft.AspNetCore.OutputCaching.IOutputCacheStore)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, registered.ImplementationType!));
}
