using Microsoft.Extensions.DependencyInjection;

namespace Community.Core.Reputation;

public static class ReputationServices
{
    /// <summary>The ledger, privileges, the advocate ladder and the vote-fraud scan; who hears of a change registers its own handler.</summary>
    public static IServiceCollection AddReputation(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration) => services
        .Configure<ReputationOptions>(configuration.GetSection(ReputationOptions.Section))
        .Configure<PrivilegeOptions>(configuration.GetSection(PrivilegeOptions.Section))
        .Configure<AdvocacyOptions>(configuration.GetSection(AdvocacyOptions.Section))
        .Configure<VoteFraudOptions>(configuration.GetSection(VoteFraudOptions.Section))
        .AddScoped<ReputationLedger>()
        .AddScoped<ReputationAudit>()
        .AddScoped<PrivilegeCheck>()
        .AddScoped<MemberStanding>()
        .AddScoped<VoteFraudScan>();
}
