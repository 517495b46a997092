using System.Diagnostics;

/// <summary>Seconds since the run started, printed after each step so a slow run shows where its time went.</summary>
static class Phase
{
    private static readonly Stopwatch Watch = new();

    public static void Start() => Watch.Restart();

    public static void Done(string what)
    {
        Console.WriteLine($"  {Watch.Elapsed.TotalSeconds,6:F1} s  {what}");
    }
}
