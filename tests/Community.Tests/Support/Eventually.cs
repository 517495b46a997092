namespace Community.Tests.Support;

/// <summary>Awaits a condition another process brings about, re-checking it every few milliseconds, with a deadline.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan within, Func<string> explain)
    {
        using var deadline = new CancellationTokenSource(within);
        while (!await condition())
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Still not true after {within.TotalSeconds} s: {explain()}");
            }
        }
    }
}
