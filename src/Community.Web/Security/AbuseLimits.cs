namespace Community.Web.Security;

/// <summary>One fixed-window limit from the "AbuseLimits" section of appsettings.json.</summary>
public sealed class WindowLimit
{
    public int Permits { get; set; }
    public int WindowSeconds { get; set; }
}

/// <summary>The "AbuseLimits" section: how often each kind of write may happen per member (or per IP for logins).</summary>
public sealed class AbuseLimitOptions
{
    public const string Section = "AbuseLimits";

    public WindowLimit Login { get; set; } = new() { Permits = 20, WindowSeconds = 300 };
    public WindowLimit Registration { get; set; } = new() { Permits = 5, WindowSeconds = 3600 };
    public WindowLimit Question { get; set; } = new() { Permits = 5, WindowSeconds = 600 };
    public WindowLimit Idea { get; set; } = new() { Permits = 5, WindowSeconds = 3600 };
    public WindowLimit Answer { get; set; } = new() { Permits = 10, WindowSeconds = 600 };
    public WindowLimit Comment { get; set; } = new() { Permits = 20, WindowSeconds = 600 };
    public WindowLimit Vote { get; set; } = new() { Permits = 60, WindowSeconds = 60 };
    public WindowLimit PasswordReset { get; set; } = new() { Permits = 5, WindowSeconds = 3600 };
    public WindowLimit Flag { get; set; } = new() { Permits = 20, WindowSeconds = 3600 };
    public WindowLimit Upload { get; set; } = new() { Permits = 20, WindowSeconds = 3600 };
    public WindowLimit Edit { get; set; } = new() { Permits = 30, WindowSeconds = 3600 };

    /// <summary>Reward redemptions: each one moves points and stock.</summary>
    public WindowLimit Redeem { get; set; } = new() { Permits = 10, WindowSeconds = 3600 };

    /// <summary>Markdown previews while writing: cheap each, but rendering is work a script could multiply.</summary>
    public WindowLimit Preview { get; set; } = new() { Permits = 120, WindowSeconds = 60 };

    /// <summary>Searches per address (GET): an uncached search costs real CPU.</summary>
    public WindowLimit Search { get; set; } = new() { Permits = 60, WindowSeconds = 60 };

    /// <summary>Members who joined less than this many days ago get <see cref="NewMemberShare"/> of each posting limit.</summary>
    public int NewMemberDays { get; set; } = 3;

    public double NewMemberShare { get; set; } = 0.4;
}

/// <summary>Registers the write limits: one <see cref="WriteLimiter"/> applied by declaration to pages and hub methods.</summary>
public static class AbuseLimits
{
    public static IServiceCollection AddAbuseLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(AbuseLimitOptions.Section).Get<AbuseLimitOptions>() ?? new AbuseLimitOptions());
        services.AddSingleton<WriteLimiter>();
        services.AddScoped<Accounts.MemberSilence>();
        services.AddScoped<DeclaredPageWriteLimits>();
        return services;
    }
}
