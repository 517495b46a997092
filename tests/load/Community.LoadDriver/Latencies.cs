using System.Globalization;

namespace Community.LoadDriver;

/// <summary>Request timings of one scenario, printed as the same RESULT line as tests/load/paths.lua, so one table shows both.</summary>
public sealed class Latencies
{
    private readonly List<double> _milliseconds = [];
    private int _bad;
    private int _errors;

    public void Add(TimeSpan elapsed, bool good)
    {
        lock (_milliseconds)
        {
            _milliseconds.Add(elapsed.TotalMilliseconds);
            if (!good) _bad++;
        }
    }

    public void Error()
    {
        lock (_milliseconds) _errors++;
    }

    public int Count
    {
        get { lock (_milliseconds) return _milliseconds.Count; }
    }

    public string Result(TimeSpan duration, string extra = "")
    {
        double[] sorted;
        lock (_milliseconds) sorted = [.. _milliseconds.Order()];
        double At(double share) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(share * sorted.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture,
            $"RESULT requests={sorted.Length} duration_s={duration.TotalSeconds:0.00} rps={sorted.Length / duration.TotalSeconds:0.0} p50_ms={At(0.50):0.00} p90_ms={At(0.90):0.00} p99_ms={At(0.99):0.00} max_ms={(sorted.Length == 0 ? 0 : sorted[^1]):0.00} non2xx={_bad} socket_errors={_errors}{extra}");
    }
}
