using Microsoft.AspNetCore.Hosting;

namespace Community.Tests.Support;

/// <summary>The real app on a real Kestrel port, like <see cref="CommunityFactory"/>, but on the files of a <see cref="ForumFiles"/> (so operator commands can run beside it).</summary>
public sealed class ForumOnFiles(ForumFiles files, params (string Key, string Value)[] settings) : CommunityFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in files.Settings) builder.UseSetting(key, value);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}
