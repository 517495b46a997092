namespace Community.Core.Branding;

/// <summary>The colours one theme (light or dark) derives from the brand's two, each already checked for contrast.</summary>
public sealed record ThemeColors
{
    /// <summary>Filled buttons, active pills and the progress bar, under white text.</summary>
    public required Rgb Primary { get; init; }
    public required Rgb PrimaryHover { get; init; }
    public required Rgb Link { get; init; }
    public required Rgb LinkHover { get; init; }
    /// <summary>Text on the subtle primary tint (alerts, chips), Bootstrap's "text emphasis".</summary>
    public required Rgb TextEmphasis { get; init; }
    public required Rgb TagBackground { get; init; }
    public required Rgb TagHover { get; init; }
    public required Rgb TagText { get; init; }
    /// <summary>The quiet tint under a hovered or current header link.</summary>
    public required Rgb NavHover { get; init; }
    public required Rgb SubtleBorder { get; init; }
    /// <summary>The keyboard focus ring.</summary>
    public required Rgb Focus { get; init; }
    /// <summary>The home page's welcome band, a soft gradient from the primary to the accent tint.</summary>
    public required Rgb HeroStart { get; init; }
    public required Rgb HeroEnd { get; init; }
    /// <summary>The square behind the logo icon, primary to accent, under a white icon.</summary>
    public required Rgb MarkStart { get; init; }
    public required Rgb MarkEnd { get; init; }
}
