using System.Diagnostics;

namespace Community.Tests.Support;

/// <summary>
/// A small tmpfs of its own, mounted for one test, that the test can fill to the last byte and empty again: a real full
/// file system (ENOSPC from the kernel, SQLITE_FULL from SQLite), not a simulated one. Mounting needs root, as the
/// README's commands run; without it the test says so rather than pretending.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private readonly string _filler;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "community-tests", $"disk-{Guid.NewGuid():N}");

    public SmallDisk(int megabytes)
    {
        Directory.CreateDirectory(Root);
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m,mode=0755", "tmpfs", Root);
        if (code != 0) throw new InvalidOperationException($"Could not mount a {megabytes} MB tmpfs at {Root} (this test needs root, as scripts/test.sh runs): {output}");
        _filler = Path.Combine(Root, "filler");
    }

    /// <summary>Writes one file until the kernel refuses another byte.</summary>
    public void Fill()
    {
        // Unbuffered: a buffer holding refused bytes would throw again when disposed.
        using var filler = new FileStream(_filler, FileMode.Append, FileAccess.Write, FileShare.None, bufferSize: 0);
        foreach (var chunk in new[] { 1024 * 1024, 4096, 1 })
        {
            var bytes = new byte[chunk];
            try
            {
                while (true)
                {
                    filler.Write(bytes);
                    filler.Flush(flushToDisk: true);
                }
            }
            catch (IOException)
            {
                // Full at this chunk size; the smaller ones take what is left. The failed bytes stay unwritten.
            }
        }
    }

    public void Empty() => File.Delete(_filler);

    public void Dispose()
    {
        Run("umount", "-l", Root);
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static (int Code, string Output) Run(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
