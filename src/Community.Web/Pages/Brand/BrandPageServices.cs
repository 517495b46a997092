namespace Community.Web.Pages.Brand;

public static class BrandPageServices
{
    /// <summary>The brand pages' read models: all of them read pre-aggregated standings, never posts per request.</summary>
    public static IServiceCollection AddBrandPages(this IServiceCollection services) => services
        .AddScoped<AdvocateFinder>()
        .AddScoped<BrandChoices>()
        .AddScoped<MemberDossier>()
        .AddScoped<LadderFigures>()
        .AddScoped<CareFigures>()
        .AddScoped<HealthFigures>();
}
