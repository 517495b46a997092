using Community.Web.Database;
using Community.Web.Hosting;

// The repository root is the content root: the root appsettings.json and wwwroot/ are the app's.
var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));
builder.AddCommunity();

var app = builder.Build();

// Applies migrations (and, in Development, demo data) before the first request is served.
await app.PrepareDatabaseAsync();

// Operator commands (e.g. "reputation recompute") run and exit instead of serving.
if (await AdminCommands.RunAsync(app, args) is { } exitCode) return exitCode;

app.UseCommunity();
app.Run();
return 0;
