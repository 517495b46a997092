using System.Globalization;
using System.Text.Json;
using Community.Core.Advocacy;

namespace Community.Web.Pages.Brand;

/// <summary>Reads a standing's stored parts and weeks back, and draws the 12-week sparkline as SVG points (no script needed).</summary>
public static class StandingViews
{
    public static IReadOnlyList<StoredPart> Parts(string json) =>
        JsonSerializer.Deserialize<List<StoredPart>>(json) ?? [];

    public static IReadOnlyList<double> Weekly(string json) =>
        JsonSerializer.Deserialize<List<double>>(json) ?? [];

    /// <summary>"x,y x,y …" for an SVG polyline of <paramref name="width"/>×<paramref name="height"/>; flat at the bottom when all weeks are zero.</summary>
    public static string SparklinePoints(IReadOnlyList<double> weeks, int width = 96, int height = 24)
    {
        if (weeks.Count == 0) return "";
        var max = Math.Max(1, weeks.Max());
        var step = weeks.Count == 1 ? 0 : (width - 2) / (double)(weeks.Count - 1);
        return string.Join(' ', weeks.Select((value, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{1 + i * step:0.#},{height - 2 - Math.Max(0, value) / max * (height - 4):0.#}")));
    }

    /// <summary>Resource key of a score part's explanation ("why is this person here?").</summary>
    public static string PartKey(string kind) => "ScorePart_" + kind;

    public static string Points(double points) => points.ToString("0.#", CultureInfo.CurrentCulture);
}
