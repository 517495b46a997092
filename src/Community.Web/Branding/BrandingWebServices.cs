using Community.Core.Branding;
using Community.Core.Events;

namespace Community.Web.Branding;

public static class BrandingWebServices
{
    public static IServiceCollection AddBrandingWeb(this IServiceCollection services) => services
        .AddSingleton<CurrentBrand>()
        .AddSingleton<Sharing.ShareCard>()
        .AddScoped<BrandPresenter>()
        .AddScoped<IDomainEventHandler<BrandLookChanged>, ForgetBrandOnChange>();
}
