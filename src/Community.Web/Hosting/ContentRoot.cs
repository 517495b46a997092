namespace Community.Web.Hosting;

/// <summary>
/// Finds the repository root so `dotnet run --project src/Community.Web` (working directory src/…)
/// still reads the root appsettings.json and serves the root wwwroot/. COMMUNITY_ROOT overrides.
/// </summary>
public static class ContentRoot
{
    public const string Variable = "COMMUNITY_ROOT";

    public static WebApplicationOptions Options(string[] args)
    {
        var root = Find();
        return new WebApplicationOptions { Args = args, ContentRootPath = root, WebRootPath = Path.Combine(root, "wwwroot") };
    }

    public static string Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured) return Path.GetFullPath(configured);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Community.sln")) && File.Exists(Path.Combine(dir.FullName, "appsettings.json")))
                    return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
