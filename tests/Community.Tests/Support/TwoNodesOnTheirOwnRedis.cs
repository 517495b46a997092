using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Community.Tests.Support;

/// <summary>
/// Two nodes with a Redis server of their own (Debian's redis-server, the binary scripts/redis.sh installed), which a
/// test may kill and start again on the same port: an outage the other classes sharing the run's Redis never see.
/// Its append-only file is kept across the restart, as a production Redis keeps the key ring.
/// </summary>
public sealed class TwoNodesOnTheirOwnRedis : TwoNodes
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "community-tests", $"redis-{Guid.NewGuid():N}");
    private readonly int _port = FreePort();
    private Process? _redis;

    protected override string RedisConfiguration => $"127.0.0.1:{_port}";

    protected override Task BeforeNodesStartAsync() => StartRedisAsync();

    /// <summary>Kills the server at once (SIGKILL): no goodbye to the nodes' connections, as a crash or a cut cable.</summary>
    public async Task KillRedisAsync()
    {
        if (_redis is null) return;
        _redis.Kill();
        await _redis.WaitForExitAsync();
        _redis.Dispose();
        _redis = null;
    }

    /// <summary>Starts the server on its port (again) and returns once it answers PING.</summary>
    public async Task StartRedisAsync()
    {
        Directory.CreateDirectory(_folder);
        _redis = Process.Start(new ProcessStartInfo("redis-server",
            ["--bind", "127.0.0.1", "--port", _port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dir", _folder,
             "--save", "", "--appendonly", "yes", "--appendfsync", "everysec"])
        { RedirectStandardOutput = true, RedirectStandardError = true })!;
        _redis.OutputDataReceived += (_, _) => { };
        _redis.BeginOutputReadLine();
        _redis.BeginErrorReadLine();
        await Eventually.TrueAsync(AnswersAsync, TimeSpan.FromSeconds(20), () => $"redis-server did not answer on port {_port}");
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, _port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var reply = new byte[7];
            var read = await stream.ReadAsync(reply);
            return Encoding.ASCII.GetString(reply, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await KillRedisAsync();
    }

    public override void Dispose()
    {
        base.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
