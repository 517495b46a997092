using Community.Core.Branding;

namespace Community.Web.Branding;

/// <summary>
/// The look every page draws, read once and kept: a save on this node drops it at once (<see cref="ForgetBrandOnChange"/>);
/// other nodes drop theirs when told through Redis (<see cref="ScaleOut.ClusterSignalListener"/>), and without Redis
/// re-read it within <see cref="Freshness"/>.
/// </summary>
public sealed class CurrentBrand(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);

    private sealed record Kept(Brand Brand, DateTimeOffset ReadAt);

    private volatile Kept? _kept;

    public async ValueTask<Brand> GetAsync(CancellationToken ct = default)
    {
        if (_kept is { } kept && clock.GetUtcNow() - kept.ReadAt < Freshness) return kept.Brand;
        await using var scope = scopes.CreateAsyncScope();
        var brand = await scope.ServiceProvider.GetRequiredService<BrandLooks>().CurrentAsync(ct);
        _kept = new Kept(brand, clock.GetUtcNow());
        return brand;
    }

    public void Forget() => _kept = null;
}
