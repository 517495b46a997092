using Community.Web.Database;
using Community.Web.Hosting;

// The repository root is the content root: the root appsettings.json and wwwroot/ are the app's.
var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));
builder.AddCommunity();

var app = builder.Build();

// Applies migrations (and, in Development, demo data) before the first request is served.
await app.PrepareDatabaseAsync();

app.UseCommunity();
app.Run();
