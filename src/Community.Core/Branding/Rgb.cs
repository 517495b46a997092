using System.Globalization;

namespace Community.Core.Branding;

/// <summary>An sRGB colour as a brand gives it (<c>#rrggbb</c>), with the WCAG 2.2 arithmetic its derived colours are checked by.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    public static readonly Rgb White = new(255, 255, 255);
    public static readonly Rgb Black = new(0, 0, 0);

    /// <summary>Accepts <c>#rgb</c> and <c>#rrggbb</c> (any case, surrounding spaces ignored); nothing else, so a stylesheet built from it can hold no other text.</summary>
    public static bool TryParse(string? text, out Rgb color)
    {
        color = default;
        var hex = text?.Trim();
        if (hex is null || hex.Length is not (4 or 7) || hex[0] != '#') return false;
        if (hex.Length == 4) hex = $"#{hex[1]}{hex[1]}{hex[2]}{hex[2]}{hex[3]}{hex[3]}";
        if (!int.TryParse(hex.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)) return false;
        color = new Rgb((byte)(value >> 16), (byte)(value >> 8), (byte)value);
        return true;
    }

    public static Rgb Parse(string text) => TryParse(text, out var color) ? color : throw new FormatException($"Not a #rrggbb colour: {text}");

    public string Hex => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    /// <summary>"r, g, b", the form Bootstrap's <c>--bs-*-rgb</c> variables take.</summary>
    public string Channels => string.Create(CultureInfo.InvariantCulture, $"{R}, {G}, {B}");

    /// <summary>WCAG relative luminance, 0 (black) to 1 (white).</summary>
    public double Luminance => 0.2126 * Linear(R) + 0.7152 * Linear(G) + 0.0722 * Linear(B);

    /// <summary>WCAG contrast ratio, 1 to 21.</summary>
    public static double Contrast(Rgb a, Rgb b)
    {
        var (light, dark) = a.Luminance >= b.Luminance ? (a.Luminance, b.Luminance) : (b.Luminance, a.Luminance);
        return (light + 0.05) / (dark + 0.05);
    }

    /// <summary>This colour moved <paramref name="amount"/> (0–1) of the way towards <paramref name="other"/>.</summary>
    public Rgb Mix(Rgb other, double amount) => new(Blend(R, other.R, amount), Blend(G, other.G, amount), Blend(B, other.B, amount));

    public override string ToString() => Hex;

    private static byte Blend(byte from, byte to, double amount) => (byte)Math.Round(from + (to - from) * Math.Clamp(amount, 0, 1));

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
