using Community.Web.Database;
using Community.Web.Hosting;

// The repository root is the content root: the root appsettings.json and wwwroot/ are the app's.
var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));
builder.AddCommunity();

// Disposed on every way out: the console logger writes from a queue, and a start that stops early (exit 1 with a
// Critical line saying why) must not exit before that line is written.
await using var app = builder.Build();

// Operator commands (migrate, backup, restore, reputation recompute) run and exit instead of serving.
if (await AdminCommands.RunAsync(app, args) is { } exitCode) return exitCode;

// Outside Development cookies are HTTPS-only: a set-up that cannot serve HTTPS stops here and says what to set.
if (!HttpsSetup.IsSound(app)) return 1;

// Applies migrations (waiting for any other instance doing so) and seeds, before the first request is served.
if (!await app.PrepareDatabaseAsync()) return 1;

app.UseCommunity();
app.Run();
return 0;
