using System.Net;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;

namespace Community.Tests.Support;

/// <summary>
/// Two forum nodes as an operator runs them: separate processes on one PostgreSQL database and one Redis, each with its
/// own data-protection folder (so only Redis can make one node read the other's cookies), sharing the uploads and mail
/// folders as nodes on shared storage would. Every key and channel is under a prefix of this fixture's own, so runs and
/// classes never meet in Redis. Started once per test class; each test makes its own members and questions.
/// </summary>
public class TwoNodes : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan StartWithin = TimeSpan.FromSeconds(120);

    /// <summary>Questions per member per window: low enough for the rate-limit test to reach, each other test asks once.</summary>
    public const int QuestionPermits = 2;

    private ForumFiles? _files;

    public AppProcess A { get; private set; } = null!;
    public AppProcess B { get; private set; } = null!;
    public Uri AddressA { get; private set; } = null!;
    public Uri AddressB { get; private set; } = null!;

    /// <summary>The Redis both nodes use: the test run's own (scripts/redis.sh) unless a fixture brings one.</summary>
    protected virtual string RedisConfiguration => TwoNodeFactAttribute.Redis!;

    /// <summary>Runs before the nodes start (a fixture with a Redis of its own starts it here).</summary>
    protected virtual Task BeforeNodesStartAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        if (!TwoNodeFactAttribute.CanRun) return;
        await BeforeNodesStartAsync();
        _files = new ForumFiles();
        var prefix = $"community-test-{Guid.NewGuid():N}";
        A = AppProcess.Start(_files, NodeSettings("node-a", prefix));
        B = AppProcess.Start(_files, NodeSettings("node-b", prefix));
        AddressA = await A.ListeningAsync(StartWithin);
        AddressB = await B.ListeningAsync(StartWithin);
    }

    private Dictionary<string, string> NodeSettings(string name, string prefix)
    {
        var settings = new Dictionary<string, string>
        {
            ["Redis:Configuration"] = RedisConfiguration,
            ["Redis:KeyPrefix"] = prefix,
            ["Redis:NodeName"] = name,
            ["DataProtection:KeysFolder"] = _files!.Beside("keys-" + name),
            ["Accounts:RequireTwoFactorForAdmins"] = "false",
            ["Moderation:FirstPosts"] = "off",
            // Every client here shares one address; only the question limit is the subject of a test.
            ["AbuseLimits:NewMemberDays"] = "0",
            ["AbuseLimits:Question:Permits"] = QuestionPermits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // The shortest fraud-scan period, so a test sees whose turn the first one is.
            ["VoteFraud:ScanIntervalMinutes"] = "1",
        };
        foreach (var action in new[] { "Login", "Registration", "PasswordReset", "Idea", "Answer", "Comment", "Vote", "Flag", "Upload", "Edit", "Redeem", "Preview", "Search" })
            settings[$"AbuseLimits:{action}:Permits"] = "100000";
        return settings;
    }

    /// <summary>One person's browser: one cookie jar, usable on either node (cookies do not depend on the port).</summary>
    public sealed class Person(CookieContainer jar, HttpClient onA, HttpClient onB) : IDisposable
    {
        public CookieContainer Jar { get; } = jar;
        public HttpClient OnA { get; } = onA;
        public HttpClient OnB { get; } = onB;

        public void Dispose()
        {
            OnA.Dispose();
            OnB.Dispose();
        }
    }

    public Person Visitor()
    {
        var jar = new CookieContainer();
        return new Person(jar, Client(jar, AddressA), Client(jar, AddressB));
    }

    private static HttpClient Client(CookieContainer jar, Uri node) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = jar, UseCookies = true }) { BaseAddress = node };

    /// <summary>Registers on node A (signed in at once in Development); returns the person and their member id.</summary>
    public async Task<(Person Person, int MemberId)> MemberAsync(string name)
    {
        var person = Visitor();
        var email = $"{Guid.NewGuid():N}@test.example";
        var registered = await person.OnA.PostFormAsync("/account/register",
            ("Input.Email", email), ("Input.DisplayName", $"{name} {Guid.NewGuid().ToString("N")[..6]}"), ("Input.Password", Members.Password));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        return (person, await ScalarAsync<int>("SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"Email\" = @p0", email));
    }

    /// <summary>One value read from the nodes' database, to check what was stored (parameters are @p0, @p1, …).</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(_files!.Postgres!.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(sql, connection);
        for (var i = 0; i < parameters.Length; i++) query.Parameters.AddWithValue($"p{i}", parameters[i]);
        return (T)(await query.ExecuteScalarAsync())!;
    }

    /// <summary>The admin of <see cref="CommunityFactory.AdminSettings"/>, signed in on node A.</summary>
    public async Task<Person> AdminAsync()
    {
        var admin = Visitor();
        var signedIn = await admin.OnA.PostFormAsync("/account/login", ("Input.Email", "admin@test.example"), ("Input.Password", "staff passphrase for tests"));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return admin;
    }

    /// <summary>A live connection to <paramref name="node"/> as the person's browser opens it behind the cluster's proxy: WebSockets only.</summary>
    public static HubConnection Live(Person person, Uri node) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(node, "/hubs/community"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.Headers["Cookie"] = person.Jar.GetCookieHeader(node);
            })
            .Build();

    /// <summary>Stops both nodes (xUnit calls this before <see cref="Dispose"/>, which drops their database and folders).</summary>
    public virtual async Task DisposeAsync()
    {
        if (_files is null) return;
        await A.DisposeAsync();
        await B.DisposeAsync();
    }

    public virtual void Dispose()
    {
        _files?.Dispose();
        GC.SuppressFinalize(this);
    }
}
