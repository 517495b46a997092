using Microsoft.Data.Sqlite;

namespace Community.Web.Database;

public static class SqliteConnectionSettings
{
    /// <summary>
    /// Reads ConnectionStrings:Community and anchors a relative Data Source at the content root
    /// (not the working directory), creating its folder. A busy timeout lets writers queue instead of failing.
    /// </summary>
    public static string Resolve(IConfiguration configuration, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configuration.GetConnectionString("Community") ?? "Data Source=data/community.db");
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        if (Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
        if (builder.DefaultTimeout < 30) builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
