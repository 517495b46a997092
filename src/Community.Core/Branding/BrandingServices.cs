using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Core.Branding;

public static class BrandingServices
{
    public static IServiceCollection AddBranding(this IServiceCollection services, IConfiguration configuration) => services
        .Configure<BrandOptions>(configuration.GetSection(BrandOptions.Section))
        .AddScoped<BrandLooks>()
        .AddScoped<ChangeBrandLook>();
}
