using Microsoft.Extensions.DependencyInjection;

namespace Community.Core.Rewards;

public static class RewardServices
{
    /// <summary>The rewards catalogue: redeeming, the brand team's desk, fulfilment.</summary>
    public static IServiceCollection AddRewards(this IServiceCollection services) => services
        .AddScoped<RedeemReward>()
        .AddScoped<DecideRedemption>()
        .AddScoped<ManageRewards>();
}
