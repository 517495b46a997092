using System.Diagnostics;
using System.Text;

namespace Community.Tests.Support;

/// <summary>
/// The built app run as its own process, as an operator runs it (to serve, or with an operator command), in
/// Development without demo data, on the files of a <see cref="ForumFiles"/>. Separate processes matter where locks
/// and crashes are the subject: a kill -9 or two instances racing behave differently from two hosts in one process.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(Process process) => _process = process;

    /// <summary>Starts the app with <paramref name="args"/> (none: serve on a free loopback port).</summary>
    public static AppProcess Start(ForumFiles files, params string[] args) => Start(files, new Dictionary<string, string>(), args);

    public static AppProcess Start(ForumFiles files, IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var root = Community.Web.Hosting.ContentRoot.Find();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = root };
        start.ArgumentList.Add(AppAssembly(root));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // The same first admin as every test host: a restored or shared database already holds that admin.
        var environment = new Dictionary<string, string>(files.Settings)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development", ["Demo:Seed"] = "false", ["Urls"] = "http://127.0.0.1:0",
        };
        foreach (var (key, value) in CommunityFactory.AdminSettings.Concat(settings)) environment[key] = value;
        foreach (var (key, value) in environment) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        start.Environment[Community.Web.Hosting.ContentRoot.Variable] = root;
        start.Environment.Remove("ASPNETCORE_URLS");

        var app = new AppProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        app._process.OutputDataReceived += (_, line) => app.Received(line.Data);
        app._process.ErrorDataReceived += (_, line) => app.Received(line.Data);
        app._process.Exited += (_, _) => app._listening.TrySetException(new InvalidOperationException($"The app exited before it listened. Output:\n{app.Output}"));
        app._process.Start();
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Everything it wrote so far, standard output and error interleaved.</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>The address Kestrel reports it listens on; fails if the app exits first or takes longer than <paramref name="within"/>.</summary>
    public async Task<Uri> ListeningAsync(TimeSpan within)
    {
        try
        {
            return await _listening.Task.WaitAsync(within);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The app did not listen within {within.TotalSeconds} s. Output:\n{Output}");
        }
    }

    public async Task<int> ExitCodeAsync(TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The app did not exit within {within.TotalSeconds} s. Output:\n{Output}");
        }
        return _process.ExitCode;
    }

    /// <summary>SIGKILL, as the kernel's OOM killer or a power cut would: nothing is cleaned up.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Received(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        const string marker = "Now listening on: ";
        if (line.Contains(marker, StringComparison.Ordinal)) _listening.TrySetResult(new Uri(line[(line.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].Trim()));
    }

    /// <summary>
    /// The web project's own build output (same configuration as these tests): only it carries the native SQLite
    /// library for this platform; the copy in the test folder cannot run on its own.
    /// </summary>
    private static string AppAssembly(string root)
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var webBin = Path.Combine(root, "src", "Community.Web", "bin", testBin.Parent!.Name);
        return new DirectoryInfo(webBin).EnumerateFiles("Community.Web.dll", SearchOption.AllDirectories)
            .Where(dll => dll.Directory!.EnumerateFiles("*e_sqlite3*").Any())
            .OrderByDescending(dll => dll.LastWriteTimeUtc).First().FullName;
    }
}
