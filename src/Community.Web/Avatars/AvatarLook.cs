using System.Globalization;

namespace Community.Web.Avatars;

/// <summary>How a member without a picture is drawn: their first letter on one of eight colours, the same everywhere.</summary>
public static class AvatarLook
{
    /// <summary>The first letter (or Hangul syllable, or emoji) of the name.</summary>
    public static string Initial(string displayName) =>
        displayName.Trim() is { Length: > 0 } name ? StringInfo.GetNextTextElement(name).ToUpperInvariant() : "?";

    /// <summary><c>avatar-hue-N</c> in site.css; each keeps 4.5:1 with white text.</summary>
    public static int Hue(int memberId) => memberId % 8;
}
